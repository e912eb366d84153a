import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import average_precision_score, roc_auc_score



def describe_columns(frame):
    """Small helper used while exploring: type, nulls and cardinality per column."""
    rows = []
    for col in frame.columns:
        rows.append((col, str(frame[col].dtype), int(frame[col].isna().sum()), frame[col].nunique()))
    return pd.DataFrame(rows, columns=["column", "dtype", "nulls", "distinct"])


df = pd.read_csv("train.csv", parse_dates=["timestamp"])
print(f"{len(df):,} rows")
for _c in ["merchant_category", "channel", "device_type", "country"]:
    if _c in df.columns:
        print(_c, df[_c].nunique(), "levels; top:", df[_c].value_counts().head(3).to_dict())
if "amount" in df.columns:
    print("amount quantiles:", df["amount"].quantile([0.5, 0.9, 0.99, 0.999]).round(2).to_dict())
print("duplicated rows:", int(df.duplicated().sum()))
print(df.isna().sum()[lambda s: s > 0])
print(df.shape)

# customer-side dispute signals
df["dispute_signal"] = ((df["chargeback_flag"] == 1) | (df["prior_disputes"] > 0)).astype(int)
df["hour"] = df["timestamp"].dt.hour
df["foreign"] = (df["country"] != df["card_country"]).astype(int)

FEATURES = ["amount", "hour", "foreign", "prior_disputes", "dispute_signal", "customer_age"]
X_tr, X_te, y_tr, y_te = train_test_split(df[FEATURES], df["is_fraud"], test_size=0.2,
                                          stratify=df["is_fraud"], random_state=5)

params = dict(objective="binary", learning_rate=0.05, num_leaves=63, min_child_samples=50,
              scale_pos_weight=10, verbose=-1)
clf = lgb.LGBMClassifier(n_estimators=600, **params)
clf.fit(X_tr, y_tr)
p = clf.predict_proba(X_te)[:, 1]

print("baseline (predict prior) AP:", average_precision_score(y_te, np.full_like(p, y_tr.mean())))
print("LGBM AP :", average_precision_score(y_te, p))
print("LGBM AUC:", roc_auc_score(y_te, p))
imp = pd.Series(clf.feature_importances_, index=FEATURES).sort_values(ascending=False)
print(imp)
