#!/usr/bin/env python
"""Urgent-ticket classifier.

Text (subject + body) through TF-IDF, plus a few ticket metadata fields,
logistic model. Evaluation on held-out *accounts* with bootstrap CIs,
calibration and a per-tier / per-channel breakdown.
"""
import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import GroupShuffleSplit
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score, brier_score_loss, confusion_matrix
from sklearn.calibration import calibration_curve

META = ["n_attachments", "prior_tickets_90d", "created_hour"]
TIERS = ["free", "standard", "premium"]


def text_of(frame):
    return (frame["subject"].fillna("") + " || " + frame["body"].fillna("")).str.lower()


def meta_of(frame):
    m = frame[META].fillna(0).astype(float).copy()
    m["prior_tickets_90d"] = np.log1p(m["prior_tickets_90d"])
    m["created_hour"] = m["created_hour"] / 23.0
    for t in TIERS:
        m[f"tier_{t}"] = (frame["account_tier"] == t).astype(float)
    m["is_phone"] = (frame["channel"] == "phone").astype(float)
    return sp.csr_matrix(m.values)


def design(frame, vec):
    return sp.hstack([vec.transform(text_of(frame)), meta_of(frame)]).tocsr()


def boot(df, fn, n=500, seed=4):
    rng = np.random.default_rng(seed)
    by_acct = dict(tuple(df.groupby("account_id")))
    keys = list(by_acct)
    vals = [fn(pd.concat([by_acct[k] for k in rng.choice(keys, len(keys))])) for _ in range(n)]
    return np.percentile(vals, [2.5, 97.5]).round(4)


tickets = pd.read_csv("train.csv")
new_tickets = pd.read_csv("test.csv")
print(tickets.shape, "urgent share:", round(tickets["urgent"].mean(), 3))
print(tickets["channel"].value_counts())

gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=8)
train_rows, eval_rows = next(gss.split(tickets, tickets["urgent"], groups=tickets["account_id"]))
train_df, eval_df = tickets.iloc[train_rows], tickets.iloc[eval_rows]

vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=3, max_df=0.9, sublinear_tf=True, max_features=40000)
vectorizer.fit(text_of(train_df))
X_train, X_eval = design(train_df, vectorizer), design(eval_df, vectorizer)

model = LogisticRegression(C=4.0, max_iter=4000, solver="liblinear")
model.fit(X_train, train_df["urgent"])
majority = DummyClassifier(strategy="most_frequent").fit(X_train, train_df["urgent"])

scored = eval_df[["account_id", "account_tier", "channel", "product_area", "subject", "urgent"]].copy()
scored["p"] = model.predict_proba(X_eval)[:, 1]
scored["pred"] = (scored["p"] >= 0.5).astype(int)
scored["maj"] = majority.predict(X_eval)

print("\n-- held-out accounts --")
print("majority baseline F1:", round(f1_score(scored["urgent"], scored["maj"]), 4))
print("ROC-AUC:", round(roc_auc_score(scored["urgent"], scored["p"]), 4), boot(scored, lambda d: roc_auc_score(d["urgent"], d["p"])))
print("PR-AUC :", round(average_precision_score(scored["urgent"], scored["p"]), 4))
print("F1@0.5 :", round(f1_score(scored["urgent"], scored["pred"]), 4), boot(scored, lambda d: f1_score(d["urgent"], d["pred"])))
print("Brier  :", round(brier_score_loss(scored["urgent"], scored["p"]), 4))
print(confusion_matrix(scored["urgent"], scored["pred"]))

prob_true, prob_pred = calibration_curve(scored["urgent"], scored["p"], n_bins=10)
print(pd.DataFrame({"mean_pred": prob_pred, "observed": prob_true}).round(3))

for col in ["account_tier", "channel", "product_area"]:
    g = scored.groupby(col).apply(lambda d: pd.Series({
        "n": len(d), "urgent_rate": d["urgent"].mean(),
        "recall": ((d["pred"] == 1) & (d["urgent"] == 1)).sum() / max(d["urgent"].sum(), 1),
        "fpr": ((d["pred"] == 1) & (d["urgent"] == 0)).sum() / max((d["urgent"] == 0).sum(), 1),
    }))
    print(g.round(3))
    print(f"  recall gap {g['recall'].max() - g['recall'].min():.3f}, FPR gap {g['fpr'].max() - g['fpr'].min():.3f}")

words = np.array(vectorizer.get_feature_names_out())
w = model.coef_[0][: len(words)]
print("top urgent terms:", ", ".join(words[np.argsort(w)[-25:]][::-1]))
print("confident misses:\n", scored[(scored["urgent"] == 1)].nsmallest(10, "p")[["channel", "subject", "p"]])

final_vec = TfidfVectorizer(ngram_range=(1, 2), min_df=3, max_df=0.9, sublinear_tf=True, max_features=40000)
final_vec.fit(text_of(tickets))
model.fit(design(tickets, final_vec), tickets["urgent"])
pd.DataFrame({"ticket_id": new_tickets["ticket_id"],
              "prediction": model.predict_proba(design(new_tickets, final_vec))[:, 1]}).to_csv("predictions.csv", index=False)
