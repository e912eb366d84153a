# Ticket escalation take-home.
# Idea: escalation depends a lot on *who* the customer is, so each ticket gets a customer profile
# (volume, typical priority, attachment habits, channel mix) next to its own attributes.
import numpy as np
import pandas as pd
from dataclasses import dataclass, field
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score
from lightgbm import LGBMClassifier

PRIORITY = {"low": 0, "medium": 1, "high": 2, "urgent": 3}


@dataclass
class Settings:
    target: str = "escalated"
    key: str = "customer_id"
    ts: str = "created_at"
    holdout_days: int = 60
    drop: list = field(default_factory=lambda: ["ticket_id", "resolution_hours", "reopened_count",
                                                "subject", "created_at"])


class CustomerProfile:
    """Per-customer profile joined back onto each ticket."""

    def __init__(self, key):
        self.key = key

    def enrich(self, df):
        out = df.copy()
        out["priority_num"] = out["priority"].map(PRIORITY)
        g = out.groupby(self.key)
        out["cust_ticket_count"] = g["ticket_id"].transform("count")
        out["cust_mean_priority"] = g["priority_num"].transform("mean")
        out["cust_max_priority"] = g["priority_num"].transform("max")
        out["cust_attach_rate"] = g["num_attachments"].transform(lambda s: (s > 0).mean())
        out["cust_phone_share"] = g["channel"].transform(lambda s: (s == "phone").mean())
        span = g["created_at"].transform(lambda s: (s.max() - s.min()).days + 1)
        out["cust_tickets_per_month"] = out["cust_ticket_count"] / (span / 30.0)
        return out


def prepare(df, s: Settings):
    X = df.drop(columns=[c for c in s.drop + [s.target, s.key] if c in df.columns])
    for c in X.select_dtypes("object"):
        X[c] = X[c].astype("category")
    return X


def main():
    s = Settings()
    df = pd.read_csv("train.csv", parse_dates=[s.ts]).sort_values(s.ts).reset_index(drop=True)
    df["hour"] = df[s.ts].dt.hour
    df["weekday"] = df[s.ts].dt.weekday
    df = CustomerProfile(s.key).enrich(df)

    # hold out the last N days, and only customers that never appear before the cutoff
    cutoff = df[s.ts].max() - pd.Timedelta(days=s.holdout_days)
    train = df[df[s.ts] <= cutoff]
    hold = df[(df[s.ts] > cutoff) & (~df[s.key].isin(train[s.key].unique()))]
    print(f"train {len(train)} rows / {train[s.key].nunique()} customers; "
          f"holdout {len(hold)} rows / {hold[s.key].nunique()} new customers")

    X_tr, y_tr = prepare(train, s), train[s.target]
    X_ho, y_ho = prepare(hold, s), hold[s.target]

    base = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
    model = LGBMClassifier(n_estimators=600, learning_rate=0.03, num_leaves=31, min_child_samples=50,
                           reg_lambda=1.0, random_state=0, verbose=-1).fit(X_tr, y_tr)

    for name, est in [("prior baseline", base), ("lgbm + profile", model)]:
        p = est.predict_proba(X_ho)[:, 1]
        print(f"{name:16s} AUC {roc_auc_score(y_ho, p):.4f}  AP {average_precision_score(y_ho, p):.4f}")

    imp = pd.Series(model.feature_importances_, index=X_tr.columns).sort_values(ascending=False)
    print(imp.head(10))

    # submission: profile computed over train + test tickets together
    test = pd.read_csv("test.csv", parse_dates=[s.ts])
    test["hour"] = test[s.ts].dt.hour
    test["weekday"] = test[s.ts].dt.weekday
    allt = CustomerProfile(s.key).enrich(pd.concat([df[test.columns], test], ignore_index=True))
    T = prepare(allt.iloc[len(df):], s)
    final = LGBMClassifier(n_estimators=600, learning_rate=0.03, num_leaves=31, min_child_samples=50,
                           reg_lambda=1.0, random_state=0, verbose=-1).fit(prepare(df, s), df[s.target])
    pd.DataFrame({"ticket_id": test["ticket_id"], "prediction": final.predict_proba(T)[:, 1]}) \
        .to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
