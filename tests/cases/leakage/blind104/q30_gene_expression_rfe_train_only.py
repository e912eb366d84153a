"""Tumour subtype classifier from gene-expression profiles (v2).

The gene panel is now chosen on the training samples only: the held-out
samples are split off first and never seen by the variance filter or by RFE.
"""
import argparse
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import RFE
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import balanced_accuracy_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.svm import LinearSVC


def parse():
    ap = argparse.ArgumentParser()
    ap.add_argument("--expr", default="train.csv")
    ap.add_argument("--n-genes", type=int, default=50)
    ap.add_argument("--seed", type=int, default=0)
    return ap.parse_args()


def load(path):
    df = pd.read_csv(path)
    df = df.drop(columns=["sample_id"])
    y = (df.pop("subtype") == "basal").astype(int)
    return df, y


def select_genes(X_train, y_train, n_genes, seed):
    variances = X_train.var()
    candidates = variances[variances > 0.05].index
    rfe = RFE(LinearSVC(C=0.01, dual=False, random_state=seed), n_features_to_select=n_genes, step=0.1)
    rfe.fit(X_train[candidates], y_train)
    return candidates[rfe.support_].tolist()


def main():
    args = parse()
    X, y = load(args.expr)
    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.3, stratify=y, random_state=args.seed)
    print(f"train {X_tr.shape}, test {X_te.shape}")

    panel = select_genes(X_tr, y_tr, args.n_genes, args.seed)
    print("gene panel:", panel[:10], "...")

    clf = LogisticRegression(C=0.5, max_iter=5000).fit(X_tr[panel], y_tr)
    base = DummyClassifier(strategy="most_frequent").fit(X_tr[panel], y_tr)

    p = clf.predict_proba(X_te[panel])[:, 1]
    out = {
        "n_genes": len(panel),
        "baseline_balanced_accuracy": balanced_accuracy_score(y_te, base.predict(X_te[panel])),
        "balanced_accuracy": balanced_accuracy_score(y_te, (p >= 0.5).astype(int)),
        "roc_auc": roc_auc_score(y_te, p),
    }
    print(json.dumps(out, indent=2))
    with open("metrics.json", "w") as fh:
        json.dump(out, fh, indent=2)


if __name__ == "__main__":
    main()
