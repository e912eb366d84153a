"""
Churn snapshots - LightGBM with a three-way split.

train : Jan-May snapshots of customer group A
valid : Jun-Jul snapshots of customer group B   -> hyperparameters are picked here
test  : Aug-Sep snapshots of customer group C   -> scored once at the very end
"""
import itertools
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "churned_next_month"
NOT_FEATURES = {"snapshot_id", "customer_id", "snapshot_month", TARGET,
                "retention_offer_accepted", "account_closed_date_known"}

df = pd.read_csv("train.csv")
df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
sub_df = pd.read_csv("test.csv")

print(df.shape)
print(df[TARGET].mean())
print(df["plan"].value_counts())
print(df.groupby(df.snapshot_month.dt.month)[TARGET].agg(["mean", "size"]))

for d in (df, sub_df):
    d["plan"] = d["plan"].astype("category")
    d["is_new"] = (d["tenure_months"] < 6).astype(int)
    d["tickets_and_failures"] = d["support_tickets"] + 2 * d["payment_failures"]
sub_df["plan"] = pd.Categorical(sub_df["plan"], categories=df["plan"].cat.categories)

FEATURES = [c for c in df.columns if c not in NOT_FEATURES]
print("features:", FEATURES)

# ---- customer groups A/B/C, then month windows per group
rng = np.random.default_rng(11)
custs = df["customer_id"].unique()
rng.shuffle(custs)
a, b, c = np.array_split(custs, [int(0.6 * len(custs)), int(0.8 * len(custs))])
month = df["snapshot_month"].dt.month

train = df[df.customer_id.isin(a) & (month <= 5)]
valid = df[df.customer_id.isin(b) & month.between(6, 7)]
test = df[df.customer_id.isin(c) & (month >= 8)]
for name, part in [("train", train), ("valid", valid), ("test", test)]:
    print(f"{name:6s} rows={len(part):6d} customers={part.customer_id.nunique():5d} churn={part[TARGET].mean():.4f}")

grid = {
    "num_leaves": [7, 15, 31],
    "min_child_samples": [20, 100],
    "learning_rate": [0.02, 0.05],
}
results = []
for nl, mcs, lr in itertools.product(grid["num_leaves"], grid["min_child_samples"], grid["learning_rate"]):
    m = lgb.LGBMClassifier(n_estimators=400, num_leaves=nl, min_child_samples=mcs, learning_rate=lr,
                           subsample=0.8, subsample_freq=1, colsample_bytree=0.8, verbose=-1, random_state=0)
    m.fit(train[FEATURES], train[TARGET])
    p = m.predict_proba(valid[FEATURES])[:, 1]
    results.append({"num_leaves": nl, "min_child_samples": mcs, "learning_rate": lr,
                    "val_auc": roc_auc_score(valid[TARGET], p),
                    "val_ap": average_precision_score(valid[TARGET], p)})

results = pd.DataFrame(results).sort_values("val_ap", ascending=False)
print(results.head(10).to_string(index=False))
best = results.iloc[0]
best_params = dict(num_leaves=int(best.num_leaves), min_child_samples=int(best.min_child_samples),
                   learning_rate=float(best.learning_rate))
print("chosen on validation:", best_params)

# ---- refit on train+valid with the chosen params, score the test block once
train_valid = pd.concat([train, valid])
model = lgb.LGBMClassifier(n_estimators=400, subsample=0.8, subsample_freq=1, colsample_bytree=0.8,
                           verbose=-1, random_state=0, **best_params)
model.fit(train_valid[FEATURES], train_valid[TARGET])
p_test = model.predict_proba(test[FEATURES])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(train_valid[FEATURES], train_valid[TARGET])
p_dummy = dummy.predict_proba(test[FEATURES])[:, 1]

print("TEST  baseline roc_auc=%.4f pr_auc=%.4f" % (roc_auc_score(test[TARGET], p_dummy),
                                                   average_precision_score(test[TARGET], p_dummy)))
print("TEST  lgbm     roc_auc=%.4f pr_auc=%.4f" % (roc_auc_score(test[TARGET], p_test),
                                                   average_precision_score(test[TARGET], p_test)))

# ---- submission model on all of train.csv
final = lgb.LGBMClassifier(n_estimators=400, subsample=0.8, subsample_freq=1, colsample_bytree=0.8,
                           verbose=-1, random_state=0, **best_params)
final.fit(df[FEATURES], df[TARGET])
pd.DataFrame({"snapshot_id": sub_df["snapshot_id"],
              "prediction": final.predict_proba(sub_df[FEATURES])[:, 1]}).to_csv("predictions.csv", index=False)
