"""Churn take-home: predict churned_next_month from monthly customer snapshots.

The validation split mirrors the hidden test set: it holds later months only,
and only customers the model never saw while training.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "churned_next_month"
ID = "snapshot_id"
LEAKY = ["retention_offer_accepted", "account_closed_date_known"]
NUM = ["tenure_months", "monthly_charges", "support_tickets_90d", "logins_30d", "payment_failures"]
CAT = ["plan", "region", "contract_type"]


def load():
    train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
    test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
    return train, test


def time_split(df, n_val_months=3):
    months = np.sort(df["snapshot_month"].unique())
    cut = months[-n_val_months]
    tr = df[df["snapshot_month"] < cut]
    va = df[df["snapshot_month"] >= cut]
    # a customer already seen in training would make validation optimistic
    va = va[~va["customer_id"].isin(tr["customer_id"])]
    return tr, va


def build_model():
    pre = ColumnTransformer([
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")),
                          ("sc", StandardScaler())]), NUM),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
    ])
    clf = LogisticRegression(max_iter=2000, class_weight="balanced", C=0.5)
    return Pipeline([("pre", pre), ("clf", clf)])


def report(name, y, p):
    print(f"{name:<10} roc_auc={roc_auc_score(y, p):.4f}  pr_auc={average_precision_score(y, p):.4f}")


def main():
    train, test = load()
    print(train.shape, test.shape)
    print("positive rate", round(train[TARGET].mean(), 4))
    print(train.groupby("snapshot_month")[TARGET].agg(["mean", "size"]))
    print("months per customer", train.groupby("customer_id").size().describe())

    train = train.drop(columns=LEAKY)
    tr, va = time_split(train)
    print("train rows", len(tr), "| validation rows", len(va),
          "| validation customers", va["customer_id"].nunique())

    X_tr, y_tr = tr[NUM + CAT], tr[TARGET]
    X_va, y_va = va[NUM + CAT], va[TARGET]

    baseline = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
    report("baseline", y_va, baseline.predict_proba(X_va)[:, 1])

    model = build_model().fit(X_tr, y_tr)
    report("logreg", y_va, model.predict_proba(X_va)[:, 1])

    coefs = model.named_steps["clf"].coef_[0]
    names = model.named_steps["pre"].get_feature_names_out()
    print(pd.Series(coefs, index=names).sort_values().to_string())

    # final model: same recipe, refitted on every training row
    final = build_model().fit(train[NUM + CAT], train[TARGET])
    pred = final.predict_proba(test[NUM + CAT])[:, 1]
    pd.DataFrame({ID: test[ID], "prediction": pred}).to_csv("predictions.csv", index=False)
    print("wrote predictions.csv", len(pred))


if __name__ == "__main__":
    main()
