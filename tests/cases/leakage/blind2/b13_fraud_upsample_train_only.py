import pandas as pd
from sklearn.utils import resample
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, precision_recall_curve, auc

df = pd.read_csv("train.csv")
features = ["amount", "hour", "merchant_risk", "card_age_days", "txn_count_24h"]
train_df, test_df = train_test_split(df, test_size=0.2, stratify=df["is_fraud"], random_state=1)

majority = train_df[train_df.is_fraud == 0]
minority = train_df[train_df.is_fraud == 1]
minority_up = resample(minority, replace=True, n_samples=len(majority) // 4, random_state=1)
train_bal = pd.concat([majority, minority_up]).sample(frac=1, random_state=1)

gb = GradientBoostingClassifier().fit(train_bal[features], train_bal.is_fraud)
dummy = DummyClassifier().fit(train_df[features], train_df.is_fraud)
p = gb.predict_proba(test_df[features])[:, 1]
prec, rec, _ = precision_recall_curve(test_df.is_fraud, p)
print("dummy auc", roc_auc_score(test_df.is_fraud, dummy.predict_proba(test_df[features])[:, 1]))
print("gb auc", roc_auc_score(test_df.is_fraud, p), "pr auc", auc(rec, prec))
