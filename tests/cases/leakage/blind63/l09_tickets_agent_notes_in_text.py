#!/usr/bin/env python
"""Escalation classifier: TF-IDF over the full ticket thread + linear model.

Steps
  1. concatenate the free-text fields of a ticket into one document
  2. time-based validation: train on tickets before the cutoff, validate on the rest
  3. compare against a prior-only DummyClassifier
  4. refit on all labelled tickets and write predictions.csv
"""
import argparse
import json

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import SGDClassifier
from sklearn.calibration import CalibratedClassifierCV
from sklearn.metrics import (average_precision_score, classification_report,
                             confusion_matrix, f1_score, roc_auc_score)
from sklearn.pipeline import make_pipeline

TEXT_FIELDS = ["subject", "body", "agent_notes"]


def load(path):
    df = pd.read_csv(path, parse_dates=["created_at"])
    for col in TEXT_FIELDS:
        df[col] = df[col].fillna("").astype(str)
    df["doc"] = df[TEXT_FIELDS].agg(" \n ".join, axis=1).str.lower()
    return df


def make_model():
    base = SGDClassifier(loss="modified_huber", alpha=2e-5, class_weight="balanced", random_state=0)
    return make_pipeline(
        TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_df=0.9, sublinear_tf=True),
        CalibratedClassifierCV(base, cv=3, method="sigmoid"),
    )


def report(name, y, p):
    out = {
        "roc_auc": roc_auc_score(y, p),
        "average_precision": average_precision_score(y, p),
        "f1_macro": f1_score(y, p >= 0.5, average="macro"),
    }
    print(name, json.dumps({k: round(v, 4) for k, v in out.items()}))
    return out


def main(cutoff):
    train = load("train.csv").sort_values("created_at")
    test = load("test.csv")
    print("rows", len(train), "positives", int(train["escalated"].sum()))
    print(train.groupby("channel")["escalated"].agg(["mean", "size"]))

    fit_part = train[train["created_at"] < cutoff]
    val_part = train[train["created_at"] >= cutoff]
    print(f"fit {len(fit_part)} rows up to {fit_part['created_at'].max():%Y-%m-%d}, "
          f"validate on {len(val_part)} rows")

    dummy = DummyClassifier(strategy="prior").fit(fit_part[["doc"]], fit_part["escalated"])
    report("dummy ", val_part["escalated"], dummy.predict_proba(val_part[["doc"]])[:, 1])

    model = make_model().fit(fit_part["doc"], fit_part["escalated"])
    p_val = model.predict_proba(val_part["doc"])[:, 1]
    metrics = report("tfidf ", val_part["escalated"], p_val)
    print(classification_report(val_part["escalated"], p_val >= 0.5, digits=3))
    print(confusion_matrix(val_part["escalated"], p_val >= 0.5))

    with open("metrics.json", "w") as fh:
        json.dump({"roc_auc": metrics["roc_auc"]}, fh)

    final = make_model().fit(train["doc"], train["escalated"])
    pd.DataFrame({"ticket_id": test["ticket_id"],
                  "prediction": final.predict_proba(test["doc"])[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--cutoff", default="2024-10-01")
    main(pd.Timestamp(ap.parse_args().cutoff))
