# Ticket escalation take-home.
# Idea: escalation depends a lot on *who* the customer is, so each ticket gets a customer profile
# (volume, typical priority, attachment habits, channel mix) built from the tickets filed before it.
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
    """Per-customer profile as of each ticket: only the customer's earlier tickets count."""

    def __init__(self, key, ts="created_at"):
        self.key, self.ts = key, ts

    def enrich(self, df):
        out = df.sort_values([self.key, self.ts]).copy()
        out["priority_num"] = out["priority"].map(PRIORITY)
        g = out.groupby(self.key)
        past_mean = lambda s: s.shift(1).expanding().mean()
        out["cust_ticket_count"] = g.cumcount()
        out["cust_mean_priority"] = g["priority_num"].transform(past_mean)
        out["cust_max_priority"] = g["priority_num"].transform(lambda s: s.shift(1).cummax())
        out["cust_attach_rate"] = (out["num_attachments"] > 0).astype(float).groupby(out[self.key]).transform(past_mean)
        out["cust_phone_share"] = (out["channel"] == "phone").astype(float).groupby(out[self.key]).transform(past_mean)
        first_seen = g[self.ts].cummin()
        span = (out[self.ts] - first_seen).dt.days + 1
        out["cust_tickets_per_month"] = out["cust_ticket_count"] / (span / 30.0)
        return out.sort_index()


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

    # submission: history for test tickets includes the labelled tickets before them
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
