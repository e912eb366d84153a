"""invoice_delay_model.py

Days-late regressor for outgoing invoices (Finance / Credit Control).
Trains on invoices issued before 2024-01-01, evaluates on 2024 invoices.
"""
import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import mean_absolute_error, median_absolute_error

CONFIG = {
    "ledger": "finance/invoices_issued_2021_2024.parquet",
    "macro": "finance/macro_daily.csv",
    "date_col": "invoice_date",
    "cutoff": "2024-01-01",
    "target": "days_late",
    "lgb": dict(n_estimators=800, learning_rate=0.03, num_leaves=31, min_child_samples=40,
                subsample=0.8, subsample_freq=1, colsample_bytree=0.8, verbose=-1),
}

SPARSE_COLS = ["fx_rate_eur", "base_rate", "client_credit_score", "sector_pmi"]


def load(cfg):
    inv = pd.read_parquet(cfg["ledger"])
    macro = pd.read_csv(cfg["macro"], parse_dates=["date"])
    inv[cfg["date_col"]] = pd.to_datetime(inv[cfg["date_col"]])
    inv = inv.merge(macro, left_on=cfg["date_col"], right_on="date", how="left")
    inv = inv.sort_values(cfg["date_col"]).reset_index(drop=True)
    return inv


def add_features(inv, cfg):
    # macro series and credit scores are only published on some days
    inv[SPARSE_COLS] = inv[SPARSE_COLS].bfill()
    inv["log_amount"] = np.log1p(inv["amount"])
    inv["month"] = inv[cfg["date_col"]].dt.month
    inv["quarter_end"] = inv[cfg["date_col"]].dt.is_quarter_end.astype(int)
    inv["terms_bucket"] = pd.cut(inv["payment_terms_days"], [0, 15, 30, 45, 60, 120],
                                 labels=False)
    return inv


def main():
    cfg = CONFIG
    inv = add_features(load(cfg), cfg)
    feats = SPARSE_COLS + ["log_amount", "month", "quarter_end", "terms_bucket",
                           "n_lines", "is_recurring", "dunning_level_start"]

    train = inv[inv[cfg["date_col"]] < cfg["cutoff"]]
    test = inv[inv[cfg["date_col"]] >= cfg["cutoff"]]
    print(f"train {len(train):,} invoices, test {len(test):,} invoices")

    model = lgb.LGBMRegressor(**cfg["lgb"])
    model.fit(train[feats], train[cfg["target"]])
    pred = model.predict(test[feats])

    print("MAE:", round(mean_absolute_error(test[cfg["target"]], pred), 2))
    print("MedAE:", round(median_absolute_error(test[cfg["target"]], pred), 2))

    by_month = (test.assign(err=np.abs(test[cfg["target"]] - pred))
                    .groupby("month")["err"].mean())
    print(by_month.round(2))


if __name__ == "__main__":
    main()
