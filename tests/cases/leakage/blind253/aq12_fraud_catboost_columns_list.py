import pandas as pd
import numpy as np
from catboost import CatBoostClassifier, Pool
from sklearn.model_selection import train_test_split
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

TARGET = "is_fraud"
RANDOM_STATE = 17

df = pd.read_csv("train.csv")
test_df = pd.read_csv("test.csv")

print(df.shape)
print(df.dtypes)
print(df.isna().mean().sort_values(ascending=False).head())
print("fraud rate %.4f" % df[TARGET].mean())

# quick look at amounts
print(df.groupby(TARGET)["amount"].describe())

# everything except the label, ids, the raw timestamp string and chargeback_flag
# (chargebacks arrive weeks after the transaction); catboost deals with the categoricals
EXCLUDE = {TARGET, "timestamp", "transaction_id", "card_id", "chargeback_flag"}
feature_cols = [c for c in df.columns if c not in EXCLUDE]
cat_cols = [c for c in feature_cols if df[c].dtype == object]
print("features:", feature_cols)
print("categorical:", cat_cols)

for c in cat_cols:
    df[c] = df[c].fillna("missing").astype(str)
    test_df[c] = test_df[c].fillna("missing").astype(str)

# train / valid (early stopping) / test (reported)
trval, test = train_test_split(df, test_size=0.2, stratify=df[TARGET], random_state=RANDOM_STATE)
train, valid = train_test_split(trval, test_size=0.2, stratify=trval[TARGET], random_state=RANDOM_STATE)

train_pool = Pool(train[feature_cols], train[TARGET], cat_features=cat_cols)
valid_pool = Pool(valid[feature_cols], valid[TARGET], cat_features=cat_cols)
test_pool = Pool(test[feature_cols], test[TARGET], cat_features=cat_cols)

clf = CatBoostClassifier(
    iterations=3000,
    learning_rate=0.05,
    depth=6,
    eval_metric="PRAUC",
    scale_pos_weight=10,
    random_seed=RANDOM_STATE,
    od_type="Iter",
    od_wait=150,
    verbose=250,
)
clf.fit(train_pool, eval_set=valid_pool, use_best_model=True)

proba = clf.predict_proba(test_pool)[:, 1]
dummy = DummyClassifier(strategy="prior").fit(train[feature_cols], train[TARGET])
proba_dummy = dummy.predict_proba(test[feature_cols])[:, 1]

print("dummy    ROC AUC %.4f  PR AUC %.4f" % (roc_auc_score(test[TARGET], proba_dummy),
                                              average_precision_score(test[TARGET], proba_dummy)))
print("catboost ROC AUC %.4f  PR AUC %.4f" % (roc_auc_score(test[TARGET], proba),
                                              average_precision_score(test[TARGET], proba)))
print(classification_report(test[TARGET], (proba > 0.5).astype(int), digits=3))

fi = pd.Series(clf.get_feature_importance(), index=feature_cols).sort_values(ascending=False)
print(fi.head(10))

preds = clf.predict_proba(Pool(test_df[feature_cols], cat_features=cat_cols))[:, 1]
pd.DataFrame({"transaction_id": test_df["transaction_id"], "prediction": preds}).to_csv("predictions.csv", index=False)
