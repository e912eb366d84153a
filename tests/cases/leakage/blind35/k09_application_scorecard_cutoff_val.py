"""HMEQ scorecard: cut-off chosen on a validation sample.

development 60% / validation 20% / test 20%. The model and the cut-off are
fixed before the test sample is opened.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, roc_curve, brier_score_loss
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

RANDOM_STATE = 123
NUM = ["LOAN", "MORTDUE", "VALUE", "YOJ", "DEROG", "DELINQ", "CLAGE", "NINQ", "CLNO", "DEBTINC", "LTV"]
CAT = ["REASON", "JOB"]


def load(path="hmeq.csv"):
    df = pd.read_csv(path)
    df["LTV"] = (df["LOAN"] + df["MORTDUE"]) / df["VALUE"]
    return df


def build_model(C=0.5):
    prep = ColumnTransformer([
        ("num", Pipeline([("imp", SimpleImputer(strategy="median", add_indicator=True)),
                          ("sc", StandardScaler())]), NUM),
        ("cat", Pipeline([("imp", SimpleImputer(strategy="constant", fill_value="Missing")),
                          ("oh", OneHotEncoder(handle_unknown="ignore"))]), CAT),
    ])
    return Pipeline([("prep", prep), ("lr", LogisticRegression(max_iter=2000, C=C))])


def ks_cutoff(y, p):
    fpr, tpr, thr = roc_curve(y, p)
    i = int(np.argmax(tpr - fpr))
    return thr[i], tpr[i] - fpr[i]


def policy_stats(y, p, cutoff):
    y = np.asarray(y)
    approved = p < cutoff
    return {
        "approval_rate": approved.mean(),
        "bad_rate_approved": y[approved].mean() if approved.any() else np.nan,
        "bads_declined": ((~approved) & (y == 1)).sum() / max((y == 1).sum(), 1),
    }


def main():
    df = load()
    X, y = df[NUM + CAT], df["BAD"]

    X_tmp, X_test, y_tmp, y_test = train_test_split(X, y, test_size=0.2, stratify=y,
                                                    random_state=RANDOM_STATE)
    X_dev, X_val, y_dev, y_val = train_test_split(X_tmp, y_tmp, test_size=0.25, stratify=y_tmp,
                                                  random_state=RANDOM_STATE)
    print("dev/val/test:", len(X_dev), len(X_val), len(X_test))

    # regularisation strength chosen on validation
    val_auc = {}
    for C in [0.01, 0.05, 0.1, 0.5, 1.0, 5.0]:
        m = build_model(C).fit(X_dev, y_dev)
        val_auc[C] = roc_auc_score(y_val, m.predict_proba(X_val)[:, 1])
    best_C = max(val_auc, key=val_auc.get)
    print("validation AUC by C:", {k: round(v, 4) for k, v in val_auc.items()}, "-> C =", best_C)

    model = build_model(best_C).fit(X_dev, y_dev)
    cutoff, ks_val = ks_cutoff(y_val, model.predict_proba(X_val)[:, 1])
    print(f"cut-off PD {cutoff:.3f} (validation KS {ks_val:.3f})")

    # test sample: scored once with the frozen model and cut-off
    p_test = model.predict_proba(X_test)[:, 1]
    auc = roc_auc_score(y_test, p_test)
    print(f"test AUC {auc:.3f}  Gini {2 * auc - 1:.3f}  Brier {brier_score_loss(y_test, p_test):.4f}")
    print("test policy:", {k: round(v, 3) for k, v in policy_stats(y_test, p_test, cutoff).items()})

    baseline = DummyClassifier(strategy="prior").fit(X_dev, y_dev)
    p_base = baseline.predict_proba(X_test)[:, 1]
    print(f"baseline (prior) AUC {roc_auc_score(y_test, p_base):.3f}  "
          f"Brier {brier_score_loss(y_test, p_base):.4f}")


if __name__ == "__main__":
    main()
