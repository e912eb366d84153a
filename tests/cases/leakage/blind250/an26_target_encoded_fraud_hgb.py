"""
Fraud detection take-home (card transactions).

merchant_category / country / device_type have long tails -> sklearn's TargetEncoder
(it cross-fits internally, so the encoding of a row never uses that row's own label).
Model: HistGradientBoostingClassifier. Everything pandas with set_output so the
column names survive.
"""
import pandas as pd
import polars as pl
from sklearn import set_config
from sklearn.preprocessing import TargetEncoder
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import average_precision_score, roc_auc_score, recall_score

set_config(transform_output="pandas")

CATS = ["merchant_category", "country", "device_type"]
NUMS = ["amount", "hour", "card_age_days", "distance_from_home_km", "n_tx_24h", "is_foreign"]

df = pl.read_csv("train.csv").to_pandas()
print(df.shape)
print(df[CATS].nunique())
print(df["is_fraud"].value_counts())

X = df[CATS + NUMS].copy()
y = df["is_fraud"]

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, stratify=y, random_state=7)

enc = ColumnTransformer(
    [("te", TargetEncoder(target_type="binary", smooth="auto", cv=5, random_state=0), CATS)],
    remainder="passthrough",
    verbose_feature_names_out=False,
)
clf = Pipeline([
    ("enc", enc),
    ("hgb", HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05, max_leaf_nodes=48,
                                           l2_regularization=0.5, random_state=7)),
])
clf.fit(X_tr, y_tr)   # encoder only sees the training part
print(clf[:-1].transform(X_tr.head()))
score = clf.predict_proba(X_te)[:, 1]

base = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
score_base = base.predict_proba(X_te)[:, 1]

print("PR-AUC   model %.4f | baseline %.4f" % (average_precision_score(y_te, score), average_precision_score(y_te, score_base)))
print("ROC-AUC  model %.4f | baseline %.4f" % (roc_auc_score(y_te, score), roc_auc_score(y_te, score_base)))

# recall when we review the top 1% riskiest transactions
k = max(1, int(0.01 * len(score)))
flag = pd.Series(score, index=y_te.index).rank(ascending=False) <= k
print("recall@1%:", round(recall_score(y_te, flag.astype(int)), 3))

# submission
test = pl.read_csv("test.csv").to_pandas()
clf.fit(X, y)   # refit the whole pipeline on all labelled rows
pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": clf.predict_proba(test[CATS + NUMS])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
