# Churn model (LightGBM) - validation on later months and new customers
import json
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

task = json.load(open("task.json"))
TARGET = task["target"]
ID = task["id_column"]
TIME = task["time_column"]
GROUP = task["group_column"]
LEAKY = task["leaky_columns"]

df = pd.read_csv("train.csv", parse_dates=[TIME])
df = pd.get_dummies(df, columns=["plan", "region"], dtype=int)

# everything except the label, keys, the raw date and the post-outcome columns
feature_cols = [c for c in df.columns if c not in [TARGET, ID, GROUP, TIME] + LEAKY]
print(len(feature_cols), "features:", feature_cols)

cut = pd.Timestamp("2024-07-01")
train = df[df[TIME] < cut]
later = df[df[TIME] >= cut]
valid = later[~later[GROUP].isin(train[GROUP].unique())]
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
pd.DataFrame({ID: test[ID],
              "prediction": model.predict_proba(test_X)[:, 1]}).to_csv("predictions.csv", index=False)
