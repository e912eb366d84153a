import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_month"

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print(df.columns.tolist())
print(df[TARGET].mean(), len(df))

df = df.sort_values(["customer_id", "snapshot_month"])
df["tickets_prev"] = df.groupby("customer_id")["support_tickets_90d"].shift(1)
df["logins_change"] = df["logins_30d"] - df.groupby("customer_id")["logins_30d"].shift(1)
df = pd.get_dummies(df, columns=["plan", "region", "contract_type"], dtype=int)

# ids, dates, the label and the retention outcome are not usable as inputs
excluded = {"snapshot_id", "customer_id", "snapshot_month", TARGET, "retention_offer_accepted"}
features = [c for c in df.columns if c not in excluded]
print(len(features), "features")

last_months = sorted(df.snapshot_month.unique())[-3:]
train = df[~df.snapshot_month.isin(last_months)]
valid = df[df.snapshot_month.isin(last_months)]
valid = valid[~valid.customer_id.isin(set(train.customer_id))]
print("train", train.shape, "valid", valid.shape)

dummy = DummyClassifier(strategy="stratified", random_state=0).fit(train[features], train[TARGET])
model = xgb.XGBClassifier(n_estimators=500, max_depth=4, learning_rate=0.05, subsample=0.8,
                          colsample_bytree=0.8, eval_metric="aucpr", random_state=0)
model.fit(train[features], train[TARGET])

for name, m in {"dummy baseline": dummy, "xgboost": model}.items():
    s = m.predict_proba(valid[features])[:, 1]
    print(f"{name}: auc={roc_auc_score(valid[TARGET], s):.4f} ap={average_precision_score(valid[TARGET], s):.4f}")

print(pd.Series(model.feature_importances_, index=features).nlargest(8))

# submission: same features for test.csv, history taken from the train months
hist = pd.concat([pd.read_csv("train.csv", parse_dates=["snapshot_month"]), test]).sort_values(["customer_id", "snapshot_month"])
hist["tickets_prev"] = hist.groupby("customer_id")["support_tickets_90d"].shift(1)
hist["logins_change"] = hist["logins_30d"] - hist.groupby("customer_id")["logins_30d"].shift(1)
hist = pd.get_dummies(hist, columns=["plan", "region", "contract_type"], dtype=int)
test_x = hist[hist.snapshot_id.isin(test.snapshot_id)].reindex(columns=features + ["snapshot_id"], fill_value=0)
model.fit(df[features], df[TARGET])
pd.DataFrame({"snapshot_id": test_x.snapshot_id, "prediction": model.predict_proba(test_x[features])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
