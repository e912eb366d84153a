"""Tumour subtype classifier from gene-expression profiles.

Step 1: recursive feature elimination down to a 50-gene panel.
Step 2: train/test evaluation of a logistic regression on the panel.
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
    sample_ids = df.pop("sample_id")
    y = (df.pop("subtype") == "basal").astype(int)
    # expression values are log2(TPM + 1) already
    return sample_ids, df, y


def select_genes(X, y, n_genes, seed):
    rfe = RFE(LinearSVC(C=0.01, dual=False, random_state=seed), n_features_to_select=n_genes, step=0.1)
    rfe.fit(X, y)
    return X.columns[rfe.support_].tolist()


def main():
    args = parse()
    _, X, y = load(args.expr)
    print(f"{X.shape[0]} samples x {X.shape[1]} genes, basal share {y.mean():.2f}")

    panel = select_genes(X, y, args.n_genes, args.seed)
    print("gene panel:", panel[:10], "...")

    X_tr, X_te, y_tr, y_te = train_test_split(X[panel], y, test_size=0.3, stratify=y, random_state=args.seed)
    clf = LogisticRegression(C=0.5, max_iter=5000).fit(X_tr, y_tr)
    base = DummyClassifier(strategy="most_frequent").fit(X_tr, y_tr)

    p = clf.predict_proba(X_te)[:, 1]
    out = {
        "n_genes": len(panel),
        "baseline_balanced_accuracy": balanced_accuracy_score(y_te, base.predict(X_te)),
        "balanced_accuracy": balanced_accuracy_score(y_te, (p >= 0.5).astype(int)),
        "roc_auc": roc_auc_score(y_te, p),
    }
    print(json.dumps(out, indent=2))
    with open("metrics.json", "w") as fh:
        json.dump(out, fh, indent=2)
    pd.Series(panel, name="gene").to_csv("gene_panel.csv", index=False)


if __name__ == "__main__":
    main()
