"""Churn snapshots: model selection on a future, unseen-customer validation window."""
from dataclasses import dataclass

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import roc_auc_score, average_precision_score, precision_score, recall_score, f1_score

TARGET = "churned_next_month"
POST_OUTCOME = ["retention_offer_accepted", "account_closed_date_known"]
ID_COLS = ["snapshot_id", "customer_id"]
VALID_START = "2024-07"


@dataclass
class Split:
    X_tr: pd.DataFrame
    y_tr: np.ndarray
    X_va: pd.DataFrame
    y_va: np.ndarray


def add_features(frame: pd.DataFrame) -> pd.DataFrame:
    f = frame.copy()
    f["month_num"] = pd.to_datetime(f["snapshot_month"]).dt.month
    f["charges_x_failures"] = f["monthly_charges"] * f["payment_failures"]
    f["tickets_gt2"] = (f["support_tickets"] > 2).astype(int)
    f["short_tenure"] = (f["tenure_months"] < 6).astype(int)
    f["plan"] = f["plan"].astype("category")
    return f


def feature_columns(frame):
    skip = set([TARGET, "snapshot_month", "month_num"] + POST_OUTCOME + ID_COLS)
    return [c for c in frame.columns if c not in skip]


def make_split(df: pd.DataFrame) -> Split:
    month = pd.to_datetime(df["snapshot_month"]).dt.strftime("%Y-%m")
    early = df[month < VALID_START]
    late = df[month >= VALID_START]
    # the test set has other customers, so drop anyone already seen in the early months
    late = late[~late["customer_id"].isin(set(early["customer_id"]))]
    cols = feature_columns(df)
    print(f"fit rows {len(early)}  valid rows {len(late)}  "
          f"valid customers {late['customer_id'].nunique()}")
    return Split(early[cols], early[TARGET].values, late[cols], late[TARGET].values)


def evaluate(name, y, p, thr=0.5):
    pred = (p >= thr).astype(int)
    out = dict(model=name, roc_auc=roc_auc_score(y, p), pr_auc=average_precision_score(y, p),
               precision=precision_score(y, pred, zero_division=0), recall=recall_score(y, pred),
               f1=f1_score(y, pred))
    print("  ".join(f"{k}={v:.4f}" if isinstance(v, float) else str(v) for k, v in out.items()))
    return out


def main():
    df = add_features(pd.read_csv("train.csv"))
    test = add_features(pd.read_csv("test.csv"))
    print(df[TARGET].mean(), df.groupby("month_num")[TARGET].mean().round(3).to_dict())

    s = make_split(df)
    num_cols = [c for c in s.X_tr.columns if c != "plan"]

    rows = []
    base = DummyClassifier(strategy="prior").fit(s.X_tr[num_cols], s.y_tr)
    rows.append(evaluate("baseline", s.y_va, base.predict_proba(s.X_va[num_cols])[:, 1]))

    Xd_tr = pd.get_dummies(s.X_tr, columns=["plan"], dtype=float)
    Xd_va = pd.get_dummies(s.X_va, columns=["plan"], dtype=float).reindex(columns=Xd_tr.columns, fill_value=0)
    logit = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000, C=0.5))
    logit.fit(Xd_tr, s.y_tr)
    rows.append(evaluate("logit", s.y_va, logit.predict_proba(Xd_va)[:, 1]))

    lgb_params = {
        "lgb_shallow": dict(n_estimators=300, num_leaves=8, learning_rate=0.05, min_child_samples=50),
        "lgb_default": dict(n_estimators=300, num_leaves=31, learning_rate=0.05),
        "lgb_deep": dict(n_estimators=600, num_leaves=63, learning_rate=0.03, subsample=0.8,
                         subsample_freq=1, colsample_bytree=0.8),
    }
    probs = {}
    for name, params in lgb_params.items():
        m = lgb.LGBMClassifier(random_state=0, verbose=-1, **params)
        m.fit(s.X_tr, s.y_tr)
        probs[name] = m.predict_proba(s.X_va)[:, 1]
        rows.append(evaluate(name, s.y_va, probs[name]))

    table = pd.DataFrame(rows).set_index("model").sort_values("pr_auc", ascending=False)
    print(table.round(4))

    best = table.drop(index=["baseline", "logit"]).index[0]
    p_best = probs[best]
    # threshold for the retention team: best F1 on the validation window
    grid = np.linspace(0.02, 0.6, 59)
    f1s = [f1_score(s.y_va, (p_best >= t).astype(int)) for t in grid]
    thr = float(grid[int(np.argmax(f1s))])
    print(f"chosen model {best}, threshold {thr:.2f}")
    evaluate(best + "@thr", s.y_va, p_best, thr)

    # submission model: same settings, fitted on all nine months
    cols = feature_columns(df)
    final = lgb.LGBMClassifier(random_state=0, verbose=-1, **lgb_params[best])
    final.fit(df[cols], df[TARGET])
    pd.DataFrame({"snapshot_id": test["snapshot_id"],
                  "prediction": final.predict_proba(test[cols])[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
