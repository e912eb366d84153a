"""Tumour vs normal: scaler + PCA + logistic regression, patient-level hold-out."""
import numpy as np
import pandas as pd
from sklearn.decomposition import PCA
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, balanced_accuracy_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

META = ["sample_id", "patient_id", "age", "sex", "batch",
        "adjuvant_therapy", "survival_months", "tumour"]


def report(name, y_true, proba):
    print(f"{name:10s} AUC={roc_auc_score(y_true, proba):.3f} "
          f"AP={average_precision_score(y_true, proba):.3f} "
          f"balAcc={balanced_accuracy_score(y_true, (proba > 0.5).astype(int)):.3f}")


def main():
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    genes = [c for c in train.columns if c not in META]

    X = np.log2(train[genes] + 1)
    y = train["tumour"].to_numpy()
    groups = train["patient_id"].to_numpy()

    gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=7)
    tr, va = next(gss.split(X, y, groups))
    assert not set(groups[tr]) & set(groups[va])
    print(f"train samples={len(tr)} patients={len(set(groups[tr]))}; "
          f"valid samples={len(va)} patients={len(set(groups[va]))}")

    pipe = Pipeline([
        ("scale", StandardScaler()),
        ("pca", PCA(n_components=40, random_state=7)),
        ("clf", LogisticRegression(C=0.5, max_iter=5000)),
    ])
    pipe.fit(X.iloc[tr], y[tr])
    report("pca+lr", y[va], pipe.predict_proba(X.iloc[va])[:, 1])

    dummy = DummyClassifier(strategy="prior").fit(X.iloc[tr], y[tr])
    report("baseline", y[va], dummy.predict_proba(X.iloc[va])[:, 1])

    pipe.fit(X, y)
    X_test = np.log2(test[genes] + 1)
    pd.DataFrame({"sample_id": test["sample_id"],
                  "prediction": pipe.predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
