"""Kiwi CoNg morpheme embeddings vs/with the hashed n-gram hostility model.

A research script, not part of the bot: it backs the measured claim in
training/README_hostility.md that Kiwi's pretrained morpheme embeddings do not
close the hostility gap. Needs kiwipiepy (~170 MB with its model), scipy and
scikit-learn, which the bot does not depend on:

    pip install kiwipiepy scipy scikit-learn
    python training/experiments/kiwi_embeddings.py --data ../shared/data [--loso] [--ctx]

Embedding recovery: kiwipiepy exposes only cosine similarities between
morphemes. The CoNg morpheme embedding has rank 256 (checked: the Gram matrix
of 600 morphemes has exactly 256 non-zero eigenvalues). With K >= 256 anchor
morphemes, G = A A^T (unit vectors) = U L U^T, and for any morpheme i the
similarity row s_i = A e_i gives e_i (in an orthonormal basis of the span) as
L^{-1/2} U^T s_i: an exact isometric reconstruction of the unit-normalised
embeddings (norms are lost; cosine is all the API gives).

Tuning (C, threshold) uses 5-fold CV on train only; valid is scored once.
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time
import warnings
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, diags, hstack
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, precision_recall_fscore_support
from sklearn.model_selection import StratifiedKFold
from sklearn.preprocessing import StandardScaler

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from moderation.hostility.features import N_FEATURES, sparse_features  # noqa: E402
from moderation.hostility.model import HostilityModel  # noqa: E402

DATA = Path("../shared/data")  # --data
CACHE = Path(".cache/kiwi_embeddings")  # --cache
SEED = 20261122
NG_C = 3.0  # as in training/train_hostility.py
DIM = 256


def read(path):
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return [r for r in rows if r["label"] in ("toxic", "clean")]


def rss_mb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) / 1024
    return float("nan")


# ---------------------------------------------------------------- n-gram model
def ngram_matrix(texts):
    indices, data, indptr = [], [], [0]
    for t in texts:
        idx, vals = sparse_features(t)
        indices.extend(idx)
        data.extend(vals)
        indptr.append(len(indices))
    return csr_matrix((np.asarray(data), np.asarray(indices), np.asarray(indptr)), shape=(len(texts), N_FEATURES))


def ng_fit(X, y):
    return ng_fit_C(X, y, NG_C)


def ng_fit_C(X, y, C):
    present = (X > 0).astype(np.float64)
    pos = np.asarray(present[y == 1].sum(axis=0)).ravel() + 1.0
    neg = np.asarray(present[y == 0].sum(axis=0)).ravel() + 1.0
    ratio = np.log((pos / pos.sum()) / (neg / neg.sum()))
    m = LogisticRegression(C=C, max_iter=5000, class_weight="balanced", random_state=SEED)
    m.fit((X @ diags(ratio)).tocsr(), y)
    return m, ratio


def ng_logit(model_ratio, X):
    m, ratio = model_ratio
    return m.decision_function((X @ diags(ratio)).tocsr())


def ng_oof(X, y, folds):
    oof = np.zeros(len(y))
    for a, b in folds:
        oof[b] = ng_logit(ng_fit(X[a], y[a]), X[b])
    return oof


# ---------------------------------------------------------------- kiwi embeddings
def load_kiwi():
    from kiwipiepy import Kiwi
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return Kiwi(model_type="cong", num_workers=0)  # 0 = single thread


def tokenize_all(kiwi, texts):
    out = []
    t0, c0 = time.perf_counter(), time.process_time()
    for t in texts:
        out.append([(tok.id if tok.id < 70488 else (tok.form, tok.tag), tok.form, tok.tag, tok.id) for tok in kiwi.tokenize(t)])
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return out, len(texts) / wall, len(texts) / cpu


def build_embedder(kiwi, n_anchor=512, first_id=40):
    """Return f(ids) -> (len(ids), 256) unit embeddings (isometric up to rotation)."""
    anchors = list(range(first_id, first_id + n_anchor))  # ids are roughly frequency-ordered
    G = np.array([[kiwi.morpheme_similarity(a, b) for b in anchors] for a in anchors])
    w, U = np.linalg.eigh(G)
    order = np.argsort(w)[::-1][:DIM]
    w, U = w[order], U[:, order]
    assert w[-1] > 1e-6, f"anchors do not span {DIM} dims: {w[-5:]}"
    P = U / np.sqrt(w)  # (K, 256): e = P^T s
    cache: dict[int, np.ndarray] = {}

    def emb(i):
        v = cache.get(i)
        if v is None:
            try:
                s = np.array([kiwi.morpheme_similarity(i, a) for a in anchors])
                v = s @ P if np.all(np.isfinite(s)) else np.zeros(DIM)  # no embedding (nan sims)
            except Exception:
                v = np.zeros(DIM)
            cache[i] = v
        return v

    return emb, anchors


UNK_IDS = {
    0,
    1,
    2,
    3,
}  # generic unknown ids. Ids >= 70488 (allomorph variants: 가/JKS, 는/JX, 이쁘/VA...) give nan by id, so they are looked up by (form, tag)


def message_features(toks_list, emb, idf=None):
    """mean, max and idf-weighted mean of morpheme embeddings + a few counts."""
    feats = []
    for toks in toks_list:
        ids = [t[0] for t in toks]
        if not ids:
            feats.append(np.zeros(3 * DIM + 3))
            continue
        E = np.stack([emb(i) for i in ids])
        mean = E.mean(0)
        mx = E.max(0)
        if idf is not None:
            w = np.array([idf.get(i, idf["__max__"]) for i in ids])
            wmean = (E * w[:, None]).sum(0) / w.sum()
        else:
            wmean = mean
        n_unk = sum(1 for t in toks if t[0] in UNK_IDS or t[2] in ("SW", "SL", "SH"))
        extra = np.array([np.log1p(len(ids)), n_unk / len(ids), len(set(ids)) / len(ids)])
        feats.append(np.concatenate([mean, mx, wmean, extra]))
    return np.array(feats)


def context_ids(kiwi, toks_list, window=4):
    out = []
    t0 = time.process_time()
    n = 0
    for toks in toks_list:
        ids = [t[3] for t in toks]
        cids = []
        for i in range(len(ids)):
            try:
                r = kiwi.most_similar_contexts(ids[max(0, i - window + 1):i + 1], top_n=1)
                cids.append(r[0].id if r else -1)
            except Exception:
                cids.append(-1)
            n += 1
        out.append(cids)
    dt = time.process_time() - t0
    return out, len(toks_list) / dt


def ctx_matrix(cids_list, n_buckets=1 << 18):
    indices, data, indptr = [], [], [0]
    for cids in cids_list:
        cnt: dict[int, float] = {}
        for c in cids:
            if c >= 0:
                cnt[c % n_buckets] = cnt.get(c % n_buckets, 0) + 1.0
        vals = np.array([1 + np.log(v) for v in cnt.values()])
        vals = vals / (np.linalg.norm(vals) or 1.0)
        indices.extend(cnt)
        data.extend(vals)
        indptr.append(len(indices))
    return csr_matrix((np.asarray(data), np.asarray(indices, dtype=np.int64), np.asarray(indptr)),
                      shape=(len(cids_list), n_buckets))


def make_idf(toks_list):
    df: dict[int, int] = {}
    for toks in toks_list:
        for i in set(t[0] for t in toks):
            df[i] = df.get(i, 0) + 1
    n = len(toks_list)
    idf = {i: np.log((1 + n) / (1 + c)) + 1 for i, c in df.items()}
    idf["__max__"] = np.log(1 + n) + 1
    return idf


# ---------------------------------------------------------------- dense LR helpers
def dense_fit(X, y, C):
    sc = StandardScaler().fit(X)
    m = LogisticRegression(C=C, max_iter=3000, class_weight="balanced", random_state=SEED)
    m.fit(sc.transform(X), y)
    return sc, m


def dense_logit(sm, X):
    sc, m = sm
    return m.decision_function(sc.transform(X))


def dense_oof(X, y, folds, C):
    oof = np.zeros(len(y))
    for a, b in folds:
        oof[b] = dense_logit(dense_fit(X[a], y[a], C), X[b])
    return oof


def pick_C(X, y, folds, grid=(0.003, 0.01, 0.03, 0.1, 0.3, 1.0)):
    best = None
    for C in grid:
        oof = dense_oof(X, y, folds, C)
        f = f1_score(y, oof >= 0)
        if best is None or f > best[1]:
            best = (C, f, oof)
    return best


def pick_threshold(y, oof_logit):
    grid = np.arange(-2.0, 2.01, 0.05)
    f = [f1_score(y, oof_logit >= t) for t in grid]
    return float(grid[int(np.argmax(f))]), max(f)


# ---------------------------------------------------------------- reporting
def prf(y, pred):
    p, r, f, _ = precision_recall_fscore_support(y, pred, average="binary", zero_division=0)
    return p, r, f


def report(name, y, pred, sources, table):
    row = {"model": name}
    for s in sorted(set(sources)) + ["OVERALL"]:
        m = np.ones(len(y), bool) if s == "OVERALL" else (sources == s)
        row[s] = prf(y[m], pred[m])
    table.append(row)


def print_table(table, srcs, title):
    short = {"2runo_curse_detection": "2runo", "kmhas": "kmhas", "kocohub_korean_hate_speech": "kocohub",
             "kodoli": "kodoli", "OVERALL": "OVERALL"}
    print(f"\n## {title}  (cells: P/R/F1)")
    cols = sorted(srcs) + ["OVERALL"]
    print(f"{'model':44s} " + " ".join(f"{short[c]:>17s}" for c in cols))
    for row in table:
        print(f"{row['model']:44s} " + " ".join(
            "{:.2f}/{:.2f}/{:.3f}".format(*row[c]).rjust(17) for c in cols))


def main():
    global DATA, CACHE
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DATA, help="the shared labelled data")
    ap.add_argument("--cache", type=Path, default=CACHE, help="where tokenisations and vectors are cached")
    ap.add_argument("--loso", action="store_true")
    ap.add_argument("--anchors", type=int, default=512)
    ap.add_argument("--ctx", action="store_true", help="also CoNg context-cluster bag features (slow)")
    args = ap.parse_args()
    DATA, CACHE = args.data, args.cache
    CACHE.mkdir(parents=True, exist_ok=True)

    tr, va = read(DATA / "toxic.train.jsonl"), read(DATA / "toxic.valid.jsonl")
    ytr = np.array([r["label"] == "toxic" for r in tr], int)
    yva = np.array([r["label"] == "toxic" for r in va], int)
    str_ = np.array([r["source"] for r in tr])
    sva = np.array([r["source"] for r in va])
    print(f"train {len(tr)} (toxic {ytr.sum()}), valid {len(va)} (toxic {yva.sum()})")
    folds = list(StratifiedKFold(5, shuffle=True, random_state=SEED).split(np.zeros(len(ytr)), ytr))

    # ---- kiwi cost
    rss0 = rss_mb()
    t0 = time.perf_counter()
    kiwi = load_kiwi()
    load_s = time.perf_counter() - t0
    rss1 = rss_mb()
    tok_tr, mps_wall, mps_cpu = tokenize_all(kiwi, [r["text"] for r in tr])
    tok_va, _, _ = tokenize_all(kiwi, [r["text"] for r in va])
    rss2 = rss_mb()
    n_tok = sum(len(t) for t in tok_tr)
    chars = sum(len(r["text"]) for r in tr)
    print(f"kiwi cong load {load_s:.2f}s; RSS before {rss0:.0f} MB, after load {rss1:.0f} MB, "
          f"after tokenizing {rss2:.0f} MB")
    print(f"tokenize (1 thread): {mps_wall:.0f} msg/s wall, {mps_cpu:.0f} msg/s CPU "
          f"({chars/len(tr):.0f} chars, {n_tok/len(tr):.1f} morphemes per msg)")
    unk = sum(1 for toks in tok_tr for t in toks if t[0] in UNK_IDS)
    print(f"morphemes that are kiwi 'unknown' ids {sorted(UNK_IDS)}: {unk/n_tok:.1%}")

    t0 = time.perf_counter()
    emb, anchors = build_embedder(kiwi, args.anchors)
    idf = make_idf(tok_tr)
    Etr = message_features(tok_tr, emb, idf)
    Eva = message_features(tok_va, emb, idf)
    t_emb = time.perf_counter() - t0
    # per-message embedding cost with a warm cache is just a lookup; cold cost:
    n_zero = sum(1 for toks in tok_tr for t in toks if not np.any(emb(t[0])))
    print(f"morphemes with no CoNg embedding (nan/err -> zero vector): {n_zero/n_tok:.1%}")
    print(f"embedding build+features: {t_emb:.1f}s for {len(tr)+len(va)} msgs")
    # sanity: reconstruction is isometric
    a, b = 1722, 753
    ea, eb = emb(a), emb(b)
    print(f"sanity cos(새끼,진짜): api {kiwi.morpheme_similarity(a, b):.4f} recon "
          f"{ea @ eb / np.linalg.norm(ea) / np.linalg.norm(eb):.4f}, |e|={np.linalg.norm(ea):.3f}")

    # ---- n-gram
    Xtr = ngram_matrix([r["text"] for r in tr])
    Xva = ngram_matrix([r["text"] for r in va])
    t0 = time.perf_counter()
    ng_oof_tr = ng_oof(Xtr, ytr, folds)
    ng_full = ng_fit(Xtr, ytr)
    ng_va = ng_logit(ng_full, Xva)
    print(f"n-gram CV+fit {time.perf_counter()-t0:.0f}s")
    ng_thr, ng_cvf = pick_threshold(ytr, ng_oof_tr)

    shipped = HostilityModel.packaged()
    ship_va = np.array([shipped.score(r["text"]) for r in va])

    table = []
    report("A0 shipped model.npz @0.5", yva, ship_va >= 0.5, sva, table)
    report("A1 n-gram NB-LR retrained (train only) @CVthr", yva, ng_va >= ng_thr, sva, table)

    results = {}
    # (i) embeddings alone: several views
    views = {
        "mean": slice(0, DIM),
        "mean+max": slice(0, 2 * DIM),
        "mean+max+idfmean+3": slice(0, 3 * DIM + 3),
    }
    for vname, sl in views.items():
        C, cvf, oof = pick_C(Etr[:, sl], ytr, folds)
        thr, cvf_t = pick_threshold(ytr, oof)
        m = dense_fit(Etr[:, sl], ytr, C)
        lv = dense_logit(m, Eva[:, sl])
        print(f"emb[{vname}] C={C} CV F1 {cvf:.3f} (thr {thr:+.2f}: {cvf_t:.3f})")
        report(f"B emb[{vname}] LR @CVthr", yva, lv >= thr, sva, table)
        results[vname] = (C, oof, lv)

    # (ii) stacked: embeddings + out-of-fold n-gram logit
    vbest = "mean+max+idfmean+3"
    sl = views[vbest]
    Str = np.column_stack([Etr[:, sl], ng_oof_tr])
    Sva = np.column_stack([Eva[:, sl], ng_va])
    C, cvf, oof = pick_C(Str, ytr, folds)
    thr, cvf_t = pick_threshold(ytr, oof)
    lv = dense_logit(dense_fit(Str, ytr, C), Sva)
    print(f"stack emb+ngram-logit C={C} CV F1 {cvf:.3f} (thr {thr:+.2f}: {cvf_t:.3f}); "
          f"n-gram alone CV F1 {ng_cvf:.3f}")
    report("C1 stack: emb + n-gram OOF logit @CVthr", yva, lv >= thr, sva, table)
    # 2-feature stack: n-gram logit + emb-only OOF logit (late fusion)
    emb_oof = results[vbest][1]
    emb_va = results[vbest][2]
    L2tr = np.column_stack([ng_oof_tr, emb_oof])
    L2va = np.column_stack([ng_va, emb_va])
    C2, cvf2, oof2 = pick_C(L2tr, ytr, folds, grid=(0.01, 0.1, 1.0, 10.0))
    thr2, cvf2_t = pick_threshold(ytr, oof2)
    lv2 = dense_logit(dense_fit(L2tr, ytr, C2), L2va)
    print(f"late fusion (ngram logit, emb logit) C={C2} CV F1 {cvf2_t:.3f} coef "
          f"{dense_fit(L2tr, ytr, C2)[1].coef_.round(2)}")
    report("C2 late fusion: n-gram logit + emb logit @CVthr", yva, lv2 >= thr2, sva, table)

    # (iii) joint: NB-scaled sparse n-grams + dense embeddings in one LR
    def joint_fit(Xs, Ed, y):
        m_r = ng_fit(Xs, y)
        sc = StandardScaler().fit(Ed)
        Z = hstack([(Xs @ diags(m_r[1])).tocsr(), csr_matrix(sc.transform(Ed) * 0.05)]).tocsr()
        m = LogisticRegression(C=NG_C, max_iter=5000, class_weight="balanced", random_state=SEED).fit(Z, y)
        return m_r[1], sc, m

    def joint_logit(jm, Xs, Ed):
        ratio, sc, m = jm
        Z = hstack([(Xs @ diags(ratio)).tocsr(), csr_matrix(sc.transform(Ed) * 0.05)]).tocsr()
        return m.decision_function(Z)

    t0 = time.perf_counter()
    joof = np.zeros(len(ytr))
    for a, b in folds:
        joof[b] = joint_logit(joint_fit(Xtr[a], Etr[a][:, sl], ytr[a]), Xtr[b], Etr[b][:, sl])
    jthr, jcvf = pick_threshold(ytr, joof)
    jv = joint_logit(joint_fit(Xtr, Etr[:, sl], ytr), Xva, Eva[:, sl])
    print(f"joint sparse+dense CV F1 {jcvf:.3f} thr {jthr:+.2f} ({time.perf_counter()-t0:.0f}s)")
    report("C3 joint LR: NB n-grams + emb dims @CVthr", yva, jv >= jthr, sva, table)

    # (iv) CoNg context-cluster ids (bag of cluster ids, sparse LR) + 3-way late fusion
    if args.ctx:
        ctr, cps = context_ids(kiwi, tok_tr)
        cva, _ = context_ids(kiwi, tok_va)
        print(f"context ids: {cps:.0f} msg/s CPU (one most_similar_contexts call per morpheme)")
        Ktr, Kva = ctx_matrix(ctr), ctx_matrix(cva)
        best = None
        for Cc in (0.3, 1.0, 3.0, 10.0):
            oofc = np.zeros(len(ytr))
            for a, b in folds:
                oofc[b] = ng_logit(ng_fit_C(Ktr[a], ytr[a], Cc), Ktr[b])
            f = f1_score(ytr, oofc >= 0)
            if best is None or f > best[1]:
                best = (Cc, f, oofc)
        Cc, fc, oofc = best
        kv = ng_logit(ng_fit_C(Ktr, ytr, Cc), Kva)
        cthr, cf = pick_threshold(ytr, oofc)
        print(f"ctx-bag NB-LR C={Cc} CV F1 {cf:.3f}")
        report("D1 ctx-cluster bag NB-LR @CVthr", yva, kv >= cthr, sva, table)
        L3tr = np.column_stack([ng_oof_tr, emb_oof, oofc])
        L3va = np.column_stack([ng_va, emb_va, kv])
        C3, _, oof3 = pick_C(L3tr, ytr, folds, grid=(0.01, 0.1, 1.0, 10.0))
        thr3, cvf3 = pick_threshold(ytr, oof3)
        lv3 = dense_logit(dense_fit(L3tr, ytr, C3), L3va)
        print(f"3-way late fusion CV F1 {cvf3:.3f} coef {dense_fit(L3tr, ytr, C3)[1].coef_.round(2)}")
        report("D2 late fusion: n-gram + emb + ctx logits @CVthr", yva, lv3 >= thr3, sva, table)

    print_table(table, set(sva), "valid (borderline left out); thresholds chosen on train CV")

    if args.loso:
        loso_table = []
        srcs = sorted(set(str_))
        preds = {k: np.zeros(len(yva), bool) for k in ("ngram", "emb", "stack")}
        for s in srcs:
            tm, vm = str_ != s, sva == s
            Xs, Es, ys = Xtr[tm], Etr[tm][:, sl], ytr[tm]
            inner = list(StratifiedKFold(5, shuffle=True, random_state=SEED).split(np.zeros(len(ys)), ys))
            ngm = ng_fit(Xs, ys)
            preds["ngram"][vm] = ng_logit(ngm, Xva[vm]) >= 0
            C_e = results[vbest][0]
            preds["emb"][vm] = dense_logit(dense_fit(Es, ys, C_e), Eva[vm][:, sl]) >= 0
            oof_s = ng_oof(Xs, ys, inner)
            st = dense_fit(np.column_stack([Es, oof_s]), ys, C)
            preds["stack"][vm] = dense_logit(st, np.column_stack([Eva[vm][:, sl], ng_logit(ngm, Xva[vm])])) >= 0
            print(f"LOSO {s}: done")
        for k, p in preds.items():
            report(f"LOSO {k} (source unseen in train) @0", yva, p, sva, loso_table)
        print_table(loso_table, set(sva), "leave-one-source-out: each source column = model trained without it")
    print(f"\nfinal RSS {rss_mb():.0f} MB; peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024:.0f} MB")


if __name__ == "__main__":
    main()
