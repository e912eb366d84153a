"""Repeat-purchase model on Online Retail II, evaluated out of time on a new cohort.

Every feature of an invoice is built from that customer's earlier invoices
only.  Training invoices end 90 days before the cut-off so that their labels
are known by then; the evaluation set holds invoices after the cut-off from
customers whose first order is after the cut-off.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

CUTOFF = pd.Timestamp("2011-01-01")
HORIZON = pd.Timedelta(days=90)


def load_invoices(path="online_retail_II.csv"):
    raw = pd.read_csv(path, parse_dates=["InvoiceDate"], dtype={"Invoice": str, "StockCode": str})
    raw = raw.dropna(subset=["Customer ID"])
    raw = raw[~raw["Invoice"].str.startswith("C") & (raw["Quantity"] > 0) & (raw["Price"] > 0)]
    raw = raw.assign(line_value=raw["Quantity"] * raw["Price"],
                     customer_id=raw["Customer ID"].astype(int))
    inv = (raw.groupby(["customer_id", "Invoice"])
              .agg(date=("InvoiceDate", "min"), value=("line_value", "sum"),
                   n_lines=("StockCode", "size"), country=("Country", "first"))
              .reset_index())
    return inv.sort_values(["customer_id", "date"]).reset_index(drop=True)


def add_label(inv):
    nxt = inv.groupby("customer_id")["date"].shift(-1)
    inv["repeat_90"] = ((nxt - inv["date"]) <= HORIZON).astype(int)
    return inv


def add_history_features(inv):
    g = inv.groupby("customer_id")
    inv["n_prev_invoices"] = g.cumcount()
    inv["days_since_prev"] = g["date"].diff().dt.days
    inv["days_since_first"] = (inv["date"] - g["date"].transform("first")).dt.days
    prev_value = g["value"].shift(1)
    inv["prev_value"] = prev_value
    inv["avg_prev_value"] = prev_value.groupby(inv["customer_id"]).transform(
        lambda s: s.expanding().mean())
    inv["prev_gap_mean"] = inv.groupby("customer_id")["days_since_prev"].transform(
        lambda s: s.shift(1).expanding().mean())
    inv["month"] = inv["date"].dt.month
    inv["dow"] = inv["date"].dt.dayofweek
    inv["is_uk"] = (inv["country"] == "United Kingdom").astype(int)
    return inv


FEATURES = ["value", "n_lines", "n_prev_invoices", "days_since_prev", "days_since_first",
            "prev_value", "avg_prev_value", "prev_gap_mean", "month", "dow", "is_uk"]


def main():
    inv = add_history_features(add_label(load_invoices()))
    last_day = inv["date"].max()

    train = inv[inv["date"] + HORIZON < CUTOFF]
    first_seen = inv.groupby("customer_id")["date"].transform("first")
    test = inv[(inv["date"] >= CUTOFF) & (inv["date"] + HORIZON <= last_day) & (first_seen >= CUTOFF)]
    assert not set(train["customer_id"]) & set(test["customer_id"])
    print(f"train {len(train)} invoices / {train['customer_id'].nunique()} customers, "
          f"test {len(test)} invoices / {test['customer_id'].nunique()} customers")

    clf = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=0)
    clf.fit(train[FEATURES], train["repeat_90"])
    p = clf.predict_proba(test[FEATURES])[:, 1]

    base = DummyClassifier(strategy="prior").fit(train[FEATURES], train["repeat_90"])
    p0 = base.predict_proba(test[FEATURES])[:, 1]

    for name, pred in [("baseline (prior)", p0), ("gbm", p)]:
        print(f"{name:18s} AUC {roc_auc_score(test['repeat_90'], pred):.4f}  "
              f"AP {average_precision_score(test['repeat_90'], pred):.4f}")

    by_n = test.assign(p=p).groupby(np.minimum(test["n_prev_invoices"], 5))[["repeat_90", "p"]].mean()
    print(by_n.round(3))


if __name__ == "__main__":
    main()
