import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, accuracy_score

df = pd.read_csv("train.csv", parse_dates=["txn_time"])
df = df.sort_values("txn_time").reset_index(drop=True)
df["hour"] = df.txn_time.dt.hour
df["dow"] = df.txn_time.dt.dayofweek
df["amount_log"] = np.log1p(df.amount)

feats = ["amount_log", "hour", "dow", "merchant_risk", "card_age_days"]
X_train, X_test, y_train, y_test = train_test_split(df[feats], df.is_fraud, test_size=0.2, random_state=0)
model = HistGradientBoostingClassifier().fit(X_train, y_train)
baseline = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
print("baseline acc", accuracy_score(y_test, baseline.predict(X_test)))
print("acc", accuracy_score(y_test, model.predict(X_test)))
print("auc", roc_auc_score(y_test, model.predict_proba(X_test)[:, 1]))
