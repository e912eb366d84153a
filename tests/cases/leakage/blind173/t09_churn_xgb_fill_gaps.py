import pandas as pd
import numpy as np
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
from xgboost import XGBClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

target = "churned_next_month"

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
train["snapshot_month"] = pd.to_datetime(train["snapshot_month"])
test["snapshot_month"] = pd.to_datetime(test["snapshot_month"])

print(train.shape, test.shape)
print(train.dtypes)
print(train.isna().sum())

# days_since_last_login has holes (login tracking outage in some months?)
print(train.groupby("snapshot_month")["days_since_last_login"].apply(lambda s: s.isna().mean()))


def clean(df):
    df = df.sort_values(["customer_id", "snapshot_month"]).copy()
    # fill the holes from the same customer's neighbouring snapshots
    df["days_since_last_login"] = df.groupby("customer_id")["days_since_last_login"].transform(
        lambda s: s.ffill().bfill()
    )
    # customers that never have a value -> treat as "never logged in"
    df["days_since_last_login"] = df["days_since_last_login"].fillna(999)
    return df


def features(df):
    df = df.copy()
    g = df.groupby("customer_id")
    df["logins_lag1"] = g["logins_30d"].shift(1)
    df["logins_lag2"] = g["logins_30d"].shift(2)
    df["dsll_lag1"] = g["days_since_last_login"].shift(1)
    df["tickets_lag1"] = g["support_tickets_30d"].shift(1)
    df["login_drop"] = (df["logins_30d"] < 0.5 * df["logins_lag1"]).astype(int)
    df = pd.get_dummies(df, columns=["plan", "region"], dtype=int)
    return df


train = features(clean(train))
test = features(clean(test))

not_features = ["snapshot_id", "customer_id", "snapshot_month", target,
                "retention_offer_accepted", "account_closed_date_known"]
feat_cols = [c for c in train.columns if c not in not_features]
print(len(feat_cols), feat_cols)

# ---- validation: months Jul-Sep, customers never seen before July ----
cut = pd.Timestamp("2024-07-01")
early = train[train.snapshot_month < cut]
late = train[train.snapshot_month >= cut]
late = late[~late.customer_id.isin(early.customer_id.unique())]
print("train rows", len(early), "valid rows", len(late), "valid customers", late.customer_id.nunique())

Xtr, ytr = early[feat_cols], early[target]
Xva, yva = late[feat_cols], late[target]

baseline = DummyClassifier(strategy="prior").fit(Xtr, ytr)
pb = baseline.predict_proba(Xva)[:, 1]

model = XGBClassifier(
    n_estimators=350,
    learning_rate=0.05,
    max_depth=5,
    min_child_weight=5,
    subsample=0.9,
    colsample_bytree=0.8,
    random_state=1,
)
model.fit(Xtr, ytr)
pm = model.predict_proba(Xva)[:, 1]

for name, p in [("baseline", pb), ("xgboost", pm)]:
    print(name,
          "auc", round(roc_auc_score(yva, p), 4),
          "ap", round(average_precision_score(yva, p), 4),
          "brier", round(brier_score_loss(yva, p), 4))

imp = pd.Series(model.feature_importances_, index=feat_cols).sort_values()
imp.tail(15).plot.barh(figsize=(6, 5))
plt.tight_layout()
plt.savefig("importance.png")

# ---- final fit on all labelled rows ----
model.fit(train[feat_cols], train[target])
test_X = test.reindex(columns=feat_cols, fill_value=0)
sub = pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": model.predict_proba(test_X)[:, 1]})
sub.to_csv("predictions.csv", index=False)
print(sub.head())
