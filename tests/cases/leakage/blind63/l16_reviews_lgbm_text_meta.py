"""Recommend / not-recommend classifier for product reviews.

Features: bge-small embeddings of the review + review metadata (the star rating is left out:
it is practically the label).
Validation: 5-fold GroupKFold on product_id (reviews of one product stay in one fold).
"""
import hashlib
import pathlib

import lightgbm as lgb
import numpy as np
import pandas as pd
from sentence_transformers import SentenceTransformer
from sklearn.dummy import DummyClassifier
from sklearn.metrics import f1_score, log_loss, roc_auc_score
from sklearn.model_selection import GroupKFold

CACHE = pathlib.Path(".cache")
CACHE.mkdir(exist_ok=True)
META_COLS = ["helpful_votes", "verified_purchase", "title_len", "text_len", "n_exclaim"]
TARGET = "recommended"


def encode(texts, tag):
    digest = hashlib.sha1("\x1f".join(texts).encode()).hexdigest()[:12]
    path = CACHE / f"bge_{tag}_{digest}.npy"
    if path.exists():
        return np.load(path)
    model = SentenceTransformer("BAAI/bge-small-en-v1.5")
    vecs = model.encode(texts, batch_size=64, normalize_embeddings=True, show_progress_bar=True)
    np.save(path, vecs)
    return vecs


def add_meta(df):
    df = df.copy()
    df["review_title"] = df["review_title"].fillna("")
    df["review_text"] = df["review_text"].fillna("")
    df["title_len"] = df["review_title"].str.len()
    df["text_len"] = df["review_text"].str.len()
    df["n_exclaim"] = df["review_text"].str.count("!")
    df["verified_purchase"] = df["verified_purchase"].astype(float)
    df["helpful_votes"] = np.log1p(df["helpful_votes"].fillna(0))
    return df


def matrix(df, emb):
    return np.hstack([df[META_COLS].to_numpy(dtype=float), emb])


train = add_meta(pd.read_csv("train.csv"))
test = add_meta(pd.read_csv("test.csv"))
print(train.shape, test.shape, "positive share", round(train[TARGET].mean(), 3))

emb_train = encode((train["review_title"] + "\n" + train["review_text"]).tolist(), "train")
emb_test = encode((test["review_title"] + "\n" + test["review_text"]).tolist(), "test")
X = matrix(train, emb_train)
y = train[TARGET].to_numpy()
groups = train["product_id"].to_numpy()

params = dict(n_estimators=600, learning_rate=0.04, num_leaves=48, min_child_samples=25,
              colsample_bytree=0.4, subsample=0.8, subsample_freq=1, reg_lambda=2.0,
              random_state=0, verbose=-1)

oof = np.zeros(len(train))
oof_dummy = np.zeros(len(train))
for fold, (tr, va) in enumerate(GroupKFold(n_splits=5).split(X, y, groups)):
    model = lgb.LGBMClassifier(**params).fit(X[tr], y[tr])
    oof[va] = model.predict_proba(X[va])[:, 1]
    oof_dummy[va] = DummyClassifier(strategy="prior").fit(X[tr], y[tr]).predict_proba(X[va])[:, 1]
    print(f"fold {fold}: AUC {roc_auc_score(y[va], oof[va]):.4f}  "
          f"macro-F1 {f1_score(y[va], oof[va] > 0.5, average='macro'):.4f}")

print("-" * 50)
print(f"dummy    AUC {roc_auc_score(y, oof_dummy):.4f}  logloss {log_loss(y, oof_dummy):.4f}")
print(f"lightgbm AUC {roc_auc_score(y, oof):.4f}  logloss {log_loss(y, oof):.4f}  "
      f"macro-F1 {f1_score(y, oof > 0.5, average='macro'):.4f}")

final = lgb.LGBMClassifier(**params).fit(X, y)
names = META_COLS + [f"emb_{i}" for i in range(emb_train.shape[1])]
top = pd.Series(final.feature_importances_, index=names).sort_values(ascending=False).head(10)
print(top)

pd.DataFrame({"review_id": test["review_id"],
              "prediction": final.predict_proba(matrix(test, emb_test))[:, 1]}).to_csv("predictions.csv", index=False)
