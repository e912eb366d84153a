# Churn model (LightGBM) - validation on later months and new customers
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "churned_next_month"

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
df["plan"] = df["plan"].astype("string")
df["region"] = df["region"].astype("string")
df = pd.get_dummies(df, columns=["plan", "region"], dtype=int)

# everything except the label, the customer key and the raw date
feature_cols = [c for c in df.columns if c not in (TARGET, "customer_id", "snapshot_month")]
print(len(feature_cols), "features")

cut = pd.Timestamp("2024-07-01")
train = df[df.snapshot_month < cut]
later = df[df.snapshot_month >= cut]
valid = later[~later.customer_id.isin(train.customer_id.unique())]
print("train", train.shape, "valid", valid.shape)

X_tr, y_tr = train[feature_cols], train[TARGET]
X_va, y_va = valid[feature_cols], valid[TARGET]

dummy = DummyClassifier(strategy="prior").fit(X_tr.fillna(0), y_tr)
print("dummy  auc=%.4f" % roc_auc_score(y_va, dummy.predict_proba(X_va.fillna(0))[:, 1]))

model = lgb.LGBMClassifier(n_estimators=400, learning_rate=0.03, num_leaves=31,
                           subsample=0.8, colsample_bytree=0.8, random_state=1, verbose=-1)
model.fit(X_tr, y_tr)
p = model.predict_proba(X_va)[:, 1]
print("lgbm   auc=%.4f  ap=%.4f" % (roc_auc_score(y_va, p), average_precision_score(y_va, p)))

imp = pd.Series(model.feature_importances_, index=feature_cols).sort_values(ascending=False)
print(imp.head(15))
ax = imp.head(15).plot.bar(figsize=(10, 4))
ax.figure.tight_layout()
ax.figure.savefig("lgbm_importance.png")

test = pd.read_csv("test.csv")
test = pd.get_dummies(test, columns=["plan", "region"], dtype=int)
test_X = test.reindex(columns=feature_cols, fill_value=0)
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": model.predict_proba(test_X)[:, 1]}).to_csv("predictions.csv", index=False)
