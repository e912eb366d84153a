"""Loan approval model using ordered target statistics (CatBoostEncoder)."""
from dataclasses import dataclass

import category_encoders as ce
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import balanced_accuracy_score, f1_score, roc_auc_score
from sklearn.model_selection import train_test_split


@dataclass
class Config:
    path: str = "data/loans/applications.csv"
    target: str = "approved"
    test_size: float = 0.2
    seed: int = 11


CAT_COLS = ["employer_sector", "home_ownership", "loan_purpose", "state", "education"]
NUM_COLS = ["income", "loan_amount", "term_months", "credit_score", "dti", "open_accounts"]


def prepare(df):
    out = df.copy()
    out["loan_to_income"] = out["loan_amount"] / out["income"].clip(lower=1)
    out[CAT_COLS] = out[CAT_COLS].fillna("missing")
    return out


def main(cfg=Config()):
    df = prepare(pd.read_csv(cfg.path))
    y = df[cfg.target].map({"Y": 1, "N": 0})
    X = df[CAT_COLS + NUM_COLS + ["loan_to_income"]]

    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=cfg.test_size, stratify=y, random_state=cfg.seed
    )

    encoder = ce.CatBoostEncoder(cols=CAT_COLS, a=1.0)
    X_train_enc = encoder.fit_transform(X_train, y_train)
    X_test_enc = encoder.transform(X_test)

    clf = HistGradientBoostingClassifier(max_iter=400, learning_rate=0.06, random_state=cfg.seed)
    clf.fit(X_train_enc, y_train)
    proba = clf.predict_proba(X_test_enc)[:, 1]
    pred = (proba >= 0.5).astype(int)

    dummy = DummyClassifier(strategy="most_frequent").fit(X_train_enc, y_train)
    dummy_pred = dummy.predict(X_test_enc)

    print(f"test rows: {len(y_test)}  approval rate: {y_test.mean():.3f}")
    print(f"ROC AUC             : {roc_auc_score(y_test, proba):.4f}")
    print(f"balanced acc  model : {balanced_accuracy_score(y_test, pred):.4f}")
    print(f"balanced acc  dummy : {balanced_accuracy_score(y_test, dummy_pred):.4f}")
    print(f"F1            model : {f1_score(y_test, pred):.4f}")


if __name__ == "__main__":
    main()
