"""Churn from the order log (90-day inactivity), out-of-time validation.

features: orders strictly before the calibration date t
label   : churned = no order in [t, t + 90 days)
train   : t = 2023-04-03   valid: t = 2023-10-02   score: t = 2024-01-01
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

HORIZON = pd.Timedelta(days=90)
STATUS_CODES = {"active": 0, "paused": 1, "dormant": 2, "closed": 3}


def customer_table(log: pd.DataFrame, t: str, label: bool = True) -> pd.DataFrame:
    t = pd.Timestamp(t)
    past = log[log["order_date"] < t].sort_values("order_date")
    g = past.groupby("customer_id")
    tab = pd.DataFrame({
        "recency_days": (t - g["order_date"].max()).dt.days,
        "tenure_days": (t - g["order_date"].min()).dt.days,
        "frequency": g["order_id"].nunique(),
        "monetary": g["amount"].mean(),
        "total_spend": g["amount"].sum(),
        "items_per_order": g["n_items"].mean(),
        "n_categories": g["category"].nunique(),
        "discount_share": g["discount"].apply(lambda s: (s > 0).mean()),
        "status": g["account_status"].last().map(STATUS_CODES).fillna(0),
    })
    recent = past[past["order_date"] >= t - pd.Timedelta(days=180)]
    tab["orders_180d"] = recent.groupby("customer_id")["order_id"].nunique().reindex(tab.index).fillna(0)
    gaps = past.groupby("customer_id")["order_date"].apply(lambda d: d.diff().dt.days.mean())
    tab["mean_gap_days"] = gaps.reindex(tab.index).fillna(tab["tenure_days"])
    tab["overdue"] = tab["recency_days"] / tab["mean_gap_days"].clip(lower=1)
    tab = tab[tab["recency_days"] <= 365]
    if label:
        nxt = log[(log["order_date"] >= t) & (log["order_date"] < t + HORIZON)]
        tab["churned"] = (~tab.index.isin(nxt["customer_id"])).astype(int)
    return tab


def main():
    log = pd.read_csv("train.csv", parse_dates=["order_date"])
    ids = pd.read_csv("test.csv")["customer_id"]
    print(log["account_status"].value_counts())

    train = customer_table(log, "2023-04-03")
    valid = customer_table(log, "2023-10-02")
    feats = [c for c in train.columns if c != "churned"]
    print(f"train customers {len(train)} churn {train.churned.mean():.3f}; "
          f"valid customers {len(valid)} churn {valid.churned.mean():.3f}")

    model = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, max_depth=6,
                                           l2_regularization=1.0, random_state=0)
    model.fit(train[feats], train["churned"])
    p = model.predict_proba(valid[feats])[:, 1]

    dummy = DummyClassifier(strategy="prior").fit(train[feats], train["churned"])
    p0 = dummy.predict_proba(valid[feats])[:, 1]

    print(f"model     : AUC {roc_auc_score(valid.churned, p):.4f}  AP {average_precision_score(valid.churned, p):.4f}")
    print(f"baseline  : AUC {roc_auc_score(valid.churned, p0):.4f}  AP {average_precision_score(valid.churned, p0):.4f}")

    # churn rate by predicted decile on validation
    dec = pd.qcut(p, 10, labels=False, duplicates="drop")
    print(valid.assign(decile=dec).groupby("decile")["churned"].mean().round(3))

    both = pd.concat([train, valid])
    model.fit(both[feats], both["churned"])
    score = customer_table(log, "2024-01-01", label=False).reindex(ids)
    pred = model.predict_proba(score[feats])[:, 1]
    pd.DataFrame({"customer_id": ids, "prediction": pred}).to_csv("predictions.csv", index=False)
    print("scored", len(pred), "customers; mean churn prob", round(float(np.mean(pred)), 3))


if __name__ == "__main__":
    main()
