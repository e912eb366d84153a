"""Ticket escalation model.

Sentence embeddings of subject + body, a few metadata one-hots, logistic regression.
Run: python l04_tickets_embed_lr_time_split.py  (expects train.csv / test.csv next to it)
"""
from pathlib import Path

import numpy as np
import pandas as pd
from sentence_transformers import SentenceTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, f1_score, roc_auc_score

EMB_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
CACHE = Path("emb_cache")
META = ["channel", "customer_tier", "product_area"]
SEED = 13


def ticket_text(df: pd.DataFrame) -> list[str]:
    return (df["subject"].fillna("") + "\n" + df["body"].fillna("")).str.strip().tolist()


def embed(texts: list[str], name: str) -> np.ndarray:
    """Embed with MiniLM, cached as .npy so reruns are quick."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"{name}.npy"
    if path.exists():
        arr = np.load(path)
        if len(arr) == len(texts):
            return arr
    model = SentenceTransformer(EMB_MODEL)
    arr = model.encode(texts, batch_size=64, show_progress_bar=True, normalize_embeddings=True)
    np.save(path, arr)
    return arr


def features(df: pd.DataFrame, emb: np.ndarray, meta_columns=None):
    meta = pd.get_dummies(df[META].fillna("unknown"), dtype=float)
    if meta_columns is not None:
        meta = meta.reindex(columns=meta_columns, fill_value=0.0)
    return np.hstack([emb, meta.values]), meta.columns


def main():
    train = pd.read_csv("train.csv", parse_dates=["created_at"])
    test = pd.read_csv("test.csv", parse_dates=["created_at"])
    print(f"train {train.shape}  test {test.shape}  escalation rate {train['escalated'].mean():.3f}")

    # exact duplicates (same customer pasting the same text twice) add nothing
    before = len(train)
    train = train.drop_duplicates(subset=["customer_id", "subject", "body"]).reset_index(drop=True)
    print(f"dropped {before - len(train)} duplicate tickets")

    emb_train = embed(ticket_text(train), "train")
    emb_test = embed(ticket_text(test), "test")

    X, meta_columns = features(train, emb_train)
    y = train["escalated"].values

    # validate on the latest 20% of tickets, train on everything before
    order = np.argsort(train["created_at"].values, kind="stable")
    n_va = int(len(order) * 0.2)
    tr_idx, va_idx = order[:-n_va], order[-n_va:]
    X_tr, X_va, y_tr, y_va = X[tr_idx], X[va_idx], y[tr_idx], y[va_idx]
    print("validation window starts", train["created_at"].iloc[va_idx].min())

    clf = LogisticRegression(C=1.0, class_weight="balanced", max_iter=3000)
    clf.fit(X_tr, y_tr)
    p = clf.predict_proba(X_va)[:, 1]
    print(f"validation AUC      {roc_auc_score(y_va, p):.4f}")
    print(f"validation PR-AUC   {average_precision_score(y_va, p):.4f}")
    for thr in (0.3, 0.5, 0.7):
        print(f"macro-F1 @ {thr:.1f}      {f1_score(y_va, p > thr, average='macro'):.4f}")

    final = LogisticRegression(C=1.0, class_weight="balanced", max_iter=3000).fit(X, y)
    X_test, _ = features(test, emb_test, meta_columns)
    pred = final.predict_proba(X_test)[:, 1]
    pd.DataFrame({"ticket_id": test["ticket_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
    print("wrote predictions.csv", len(pred))


if __name__ == "__main__":
    main()
