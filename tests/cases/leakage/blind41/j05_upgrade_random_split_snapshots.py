"""Upgrade propensity: will a self-serve account upgrade within 30 days?

accounts.csv   account_id, created_at, industry, employees, initial_tier
events.csv     account_id, event_ts, event_type, seats_active    (product log)
snapshots.csv  account_id, as_of_date, upgraded_30d               (labels)
"""
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

accounts = pd.read_csv("accounts.csv", parse_dates=["created_at"])
events = pd.read_csv("events.csv", parse_dates=["event_ts"])
snaps = pd.read_csv("snapshots.csv", parse_dates=["as_of_date"])

WINDOW = pd.Timedelta(days=30)


def usage_window(start_back, end_back, suffix):
    """Per-snapshot usage over [as_of_date - start_back, as_of_date - end_back)."""
    m = snaps[["account_id", "as_of_date"]].merge(events, on="account_id", how="inner")
    lo = m["as_of_date"] - start_back
    hi = m["as_of_date"] - end_back
    m = m.loc[(m["event_ts"] >= lo) & (m["event_ts"] < hi)]
    counts = pd.pivot_table(
        m, index=["account_id", "as_of_date"], columns="event_type",
        values="event_ts", aggfunc="count", fill_value=0,
    )
    counts.columns = [f"{c}_{suffix}" for c in counts.columns]
    counts[f"max_seats_{suffix}"] = m.groupby(["account_id", "as_of_date"])["seats_active"].max()
    return counts.reset_index()


recent = usage_window(WINDOW, pd.Timedelta(0), "last30")
before = usage_window(2 * WINDOW, WINDOW, "prev30")

df = (
    snaps.merge(recent, on=["account_id", "as_of_date"], how="left")
    .merge(before, on=["account_id", "as_of_date"], how="left")
    .merge(accounts, on="account_id", how="left")
)
usage_cols = [c for c in df.columns if c.endswith(("_last30", "_prev30"))]
df[usage_cols] = df[usage_cols].fillna(0)
df["seat_growth"] = df["max_seats_last30"] - df["max_seats_prev30"]
df["account_age_days"] = (df["as_of_date"] - df["created_at"]).dt.days
df = pd.get_dummies(df, columns=["industry", "initial_tier"], dtype=int)
features = [c for c in df.columns if c not in ("account_id", "as_of_date", "created_at", "upgraded_30d")]


train, test = train_test_split(df, test_size=0.25, stratify=df["upgraded_30d"], random_state=42)
print(f"{len(train)} training snapshots, {len(test)} test snapshots")

X_tr, y_tr = train[features], train["upgraded_30d"]
X_te, y_te = test[features], test["upgraded_30d"]

prior = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
forest = RandomForestClassifier(n_estimators=400, min_samples_leaf=20, class_weight="balanced_subsample",
                                n_jobs=-1, random_state=0).fit(X_tr, y_tr)

for name, est in [("prior baseline", prior), ("random forest", forest)]:
    p = est.predict_proba(X_te)[:, 1]
    print(f"{name:15s} AUC={roc_auc_score(y_te, p):.3f} AP={average_precision_score(y_te, p):.3f}")

print(pd.Series(forest.feature_importances_, index=features).sort_values(ascending=False).head(15))
