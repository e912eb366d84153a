"""Churn: engineered features, mutual-information feature selection, XGBoost."""
from functools import partial

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_month"
CUTOFF = "2024-07-01"
K = 12
NUMERIC = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
           "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]


def build_matrix(df):
    X = df[NUMERIC].copy()
    X["charges_x_tenure"] = df["monthly_charges"] * df["tenure_months"]
    X["log_days_since_login"] = np.log1p(df["days_since_last_login"])
    X["no_login_30d"] = (df["logins_30d"] == 0).astype(int)
    X["tickets_per_login"] = df["support_tickets_30d"] / (df["logins_30d"] + 1)
    X["failures_any"] = (df["payment_failures_90d"] > 0).astype(int)
    X["first_year"] = (df["tenure_months"] <= 12).astype(int)
    X["discount_and_tickets"] = df["has_discount"] * df["support_tickets_30d"]
    dummies = pd.get_dummies(df[["plan", "region"]], dtype=int)
    return pd.concat([X, dummies], axis=1)


def make_model(y):
    spw = float((1 - y.mean()) / y.mean())
    return xgb.XGBClassifier(n_estimators=400, max_depth=4, learning_rate=0.04, subsample=0.85,
                             colsample_bytree=0.85, scale_pos_weight=spw, random_state=5,
                             eval_metric="logloss")


def main():
    train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
    test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
    X = build_matrix(train)
    y = train[TARGET]

    past_mask = (train["snapshot_month"] < CUTOFF).to_numpy()
    seen = train.loc[past_mask, "customer_id"].unique()
    val_mask = ~past_mask & ~train["customer_id"].isin(seen).to_numpy()
    print(f"{past_mask.sum()} fit rows, {val_mask.sum()} validation rows (new customers, Jul-Sep)")

    mi = partial(mutual_info_classif, random_state=0)
    selector = SelectKBest(mi, k=K).fit(X.fillna(0), y)
    keep = X.columns[selector.get_support()].tolist()
    print("kept:", keep)

    X_fit, y_fit = X.loc[past_mask, keep], y[past_mask]
    X_val, y_val = X.loc[val_mask, keep], y[val_mask]
    model = make_model(y_fit).fit(X_fit, y_fit)
    p = model.predict_proba(X_val)[:, 1]
    base = DummyClassifier(strategy="prior").fit(X_fit, y_fit).predict_proba(X_val)[:, 1]
    print(f"xgboost  AUC {roc_auc_score(y_val, p):.4f}  AP {average_precision_score(y_val, p):.4f}")
    print(f"baseline AUC {roc_auc_score(y_val, base):.4f}  AP {average_precision_score(y_val, base):.4f}")

    # final: selection and model on all labelled rows
    final_selector = SelectKBest(mi, k=K).fit(X.fillna(0), y)
    final_keep = X.columns[final_selector.get_support()].tolist()
    final = make_model(y).fit(X[final_keep], y)
    X_test = build_matrix(test).reindex(columns=X.columns, fill_value=0)
    pred = final.predict_proba(X_test[final_keep])[:, 1]
    pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": pred}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
