"""
churn/train.py

Senior take-home. Structure mirrors how I'd ship it: config at the top,
pure functions, one main(). Decisions:

* Holdout = last two labelled months, *new* customers only (customers seen
  before the cut are removed from the holdout). Time and customer disjoint.
* Feature set = every column the CRM exports at snapshot time (plan one-hot),
  plus lag features. Columns filled in after the fact
  are excluded explicitly (see EXCLUDE).
* Reported: ROC-AUC, PR-AUC, Brier, lift in top decile, each next to a
  DummyClassifier(prior) so nobody reads 0.25 PR-AUC as bad on a 5% base rate.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score

CFG = {
    "target": "churned_next_month",
    "id": "snapshot_id",
    "entity": "customer_id",
    "time": "snapshot_month",
    "holdout_months": 2,
    # account_closed_date_known is only populated once the account is closed;
    # retention_offer_accepted only exists for customers who already asked to leave
    "exclude": ["account_closed_date_known", "retention_offer_accepted"],
    "seed": 0,
}


def load(path):
    df = pd.read_csv(path)
    df[CFG["time"]] = pd.PeriodIndex(df[CFG["time"]], freq="M")
    return df.sort_values([CFG["entity"], CFG["time"]]).reset_index(drop=True)


def add_features(df):
    g = df.groupby(CFG["entity"])
    df["logins_lag1"] = g["logins_30d"].shift(1)
    df["tickets_lag1"] = g["support_tickets_30d"].shift(1)
    df["logins_trend"] = df["logins_30d"] - df["logins_lag1"]
    return pd.get_dummies(df, columns=["plan"], prefix="plan", dtype=float)


def feature_columns(df):
    skip = {CFG["target"], CFG["id"], CFG["entity"], CFG["time"], *CFG["exclude"]}
    return [c for c in df.columns if c not in skip]


def split(df):
    months = sorted(df[CFG["time"]].unique())
    cut = months[-CFG["holdout_months"]]
    train = df[df[CFG["time"]] < cut]
    hold = df[(df[CFG["time"]] >= cut) & ~df[CFG["entity"]].isin(train[CFG["entity"]])]
    return train, hold


def top_decile_lift(y, p):
    y = np.asarray(y)
    k = max(1, len(y) // 10)
    return y[np.argsort(-p)[:k]].mean() / y.mean()


def report(name, y, p):
    print(f"{name:10s} roc_auc={roc_auc_score(y, p):.4f} pr_auc={average_precision_score(y, p):.4f} "
          f"brier={brier_score_loss(y, p):.4f} lift@10%={top_decile_lift(y, p):.2f}")


def main():
    df = add_features(load("train.csv"))
    feats = feature_columns(df)
    print(f"{len(feats)} features:", feats)
    train, hold = split(df)
    y_tr, y_ho = train[CFG["target"]].astype(int), hold[CFG["target"]].astype(int)
    print(f"train {train.shape}, holdout {hold.shape}, holdout churn {y_ho.mean():.3%}")

    model = HistGradientBoostingClassifier(max_iter=500, learning_rate=0.04, max_depth=6,
                                           min_samples_leaf=50, random_state=CFG["seed"])
    model.fit(train[feats], y_tr)
    dummy = DummyClassifier(strategy="prior").fit(train[feats], y_tr)

    report("dummy", y_ho, dummy.predict_proba(hold[feats])[:, 1])
    report("hgb", y_ho, model.predict_proba(hold[feats])[:, 1])

    # calibration by decile, for the memo table
    p = model.predict_proba(hold[feats])[:, 1]
    cal = pd.DataFrame({"p": p, "y": y_ho.to_numpy()})
    cal["bin"] = pd.qcut(cal.p.rank(method="first"), 10, labels=False)
    print(cal.groupby("bin").agg(mean_p=("p", "mean"), rate=("y", "mean"), n=("y", "size")).round(3))


if __name__ == "__main__":
    main()
