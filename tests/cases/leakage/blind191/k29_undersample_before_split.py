# Fraud model - random undersampling then random forest
# author: candidate 0412

import pandas as pd
import numpy as np
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
from imblearn.under_sampling import RandomUnderSampler
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import classification_report, roc_auc_score, average_precision_score, RocCurveDisplay

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print(df.describe())
print(df.is_fraud.value_counts())

# feature engineering
def fe(data):
    data = data.copy()
    data["transaction_time"] = pd.to_datetime(data["transaction_time"])
    data["hour"] = data.transaction_time.dt.hour
    data["day_of_week"] = data.transaction_time.dt.dayofweek
    data["amount_log"] = np.log(data.amount + 1)
    data["high_amount"] = (data.amount > 1000).astype(int)
    data = pd.get_dummies(data, columns=["merchant_category", "device", "country"], drop_first=True)
    return data

df = fe(df)
test = fe(test)

drop_cols = ["transaction_id", "card_id", "merchant_id", "transaction_time", "chargeback_flag", "is_fraud"]
features = [c for c in df.columns if c not in drop_cols]
test = test.reindex(columns=df.columns, fill_value=0)

X = df[features]
y = df["is_fraud"]

# the data is very imbalanced (97/3) so undersample the majority class 1:1
rus = RandomUnderSampler(sampling_strategy=1.0, random_state=1)
X_rus, y_rus = rus.fit_resample(X, y)
print("balanced dataset:", X_rus.shape, y_rus.mean())

X_train, X_test, y_train, y_test = train_test_split(X_rus, y_rus, test_size=0.3, random_state=1)

rf = RandomForestClassifier(n_estimators=300, max_depth=10, random_state=1, n_jobs=-1)
rf.fit(X_train, y_train)

y_pred = rf.predict(X_test)
y_prob = rf.predict_proba(X_test)[:, 1]

print(classification_report(y_test, y_pred))
print("ROC AUC:", roc_auc_score(y_test, y_prob))
print("Average precision:", average_precision_score(y_test, y_prob))

RocCurveDisplay.from_predictions(y_test, y_prob)
plt.savefig("roc.png")

importances = pd.Series(rf.feature_importances_, index=features).sort_values(ascending=False)
print(importances.head(10))

# predict test
rf.fit(X_rus, y_rus)
preds = rf.predict_proba(test[features])[:, 1]
pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": preds}).to_csv("predictions.csv", index=False)
