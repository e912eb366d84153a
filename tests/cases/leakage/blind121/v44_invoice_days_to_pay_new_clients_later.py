"""Days-to-pay model for the cash forecast.

Treasury wants expected payment dates for open receivables. One row per paid
invoice (2021-2024). Evaluation: invoices issued in 2024 by clients that have no
invoice in the training period (the onboarding-cohort use case).
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error

CONFIG = {
    "ledger": "treasury/paid_invoices_2021_2024.csv",
    "target": "days_to_pay",
    "cutoff": "2024-01-01",
    "seed": 12,
    "rf": {"n_estimators": 500, "min_samples_leaf": 4, "max_features": 0.5, "n_jobs": -1},
}

NUMERIC = ["amount_eur", "terms_days", "n_lines", "client_size_band", "client_rating",
           "is_credit_note", "has_po_number", "disputed_lines_at_issue"]
CATEGORICAL = ["billing_entity", "currency", "channel", "industry"]


def read_ledger(cfg):
    df = pd.read_csv(cfg["ledger"], parse_dates=["invoice_date"])
    df = df[df[cfg["target"]].between(-30, 365)]
    df["issue_month"] = df["invoice_date"].dt.month
    df["issue_dow"] = df["invoice_date"].dt.dayofweek
    df["log_amount"] = np.log1p(df["amount_eur"].clip(lower=0))
    return df.sort_values("invoice_date")


def design(df):
    num = df[NUMERIC + ["issue_month", "issue_dow", "log_amount"]].fillna(0)
    cat = pd.get_dummies(df[CATEGORICAL], drop_first=True)
    return pd.concat([num, cat], axis=1)


def main():
    cfg = CONFIG
    ledger = read_ledger(cfg)
    print(f"{len(ledger):,} invoices, {ledger['client_id'].nunique():,} clients")

    X_all = design(ledger)
    y_all = ledger[cfg["target"]]

    is_train = ledger["invoice_date"] < cfg["cutoff"]
    seen_clients = set(ledger.loc[is_train, "client_id"])
    is_test = (~is_train) & (~ledger["client_id"].isin(seen_clients))
    print("train invoices:", is_train.sum(), "| test invoices (new clients, 2024):", is_test.sum())

    X_train, y_train = X_all[is_train], y_all[is_train]
    X_test, y_test = X_all[is_test], y_all[is_test]

    ref = DummyRegressor(strategy="median").fit(X_train, y_train)
    rf = RandomForestRegressor(random_state=cfg["seed"], **cfg["rf"]).fit(X_train, y_train)

    pred = rf.predict(X_test)
    print("median reference MAE (days):", round(mean_absolute_error(y_test, ref.predict(X_test)), 2))
    print("random forest MAE (days):   ", round(mean_absolute_error(y_test, pred), 2))
    print("within 7 days:", round(np.mean(np.abs(pred - y_test) <= 7), 3))


if __name__ == "__main__":
    main()
