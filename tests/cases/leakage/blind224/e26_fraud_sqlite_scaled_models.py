import sqlite3
import warnings

import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.neighbors import KNeighborsClassifier
from sklearn.svm import SVC
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score

warnings.filterwarnings("ignore")

# ---------------------------------------------------------------- data
db = sqlite3.connect(":memory:")
pd.read_csv("train.csv").to_sql("transactions", db, index=False)
pd.read_csv("test.csv").to_sql("transactions_test", db, index=False)

QUERY = """
SELECT
    transaction_id,
    amount,
    hour,
    card_age_days,
    tx_count_24h,
    (hour >= 22 OR hour <= 5)                          AS late_night,
    (device_type = 'mobile')                           AS mobile,
    (merchant_category IN ('travel', 'electronics'))   AS high_risk_mcc,
    (country != 'US')                                  AS cross_border,
    amount * tx_count_24h                              AS amount_x_velocity
    {target}
FROM {table}
"""
data = pd.read_sql(QUERY.format(target=", is_fraud", table="transactions"), db)
data_test = pd.read_sql(QUERY.format(target="", table="transactions_test"), db)

feature_names = ["amount", "hour", "card_age_days", "tx_count_24h", "late_night", "mobile",
                 "high_risk_mcc", "cross_border", "amount_x_velocity"]

# ---------------------------------------------------------------- preprocessing
scaler = StandardScaler()
X = scaler.fit_transform(data[feature_names].astype(float))
y = data["is_fraud"].values
X_submission = scaler.transform(data_test[feature_names].astype(float))

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=1)
print("train:", X_train.shape, " test:", X_test.shape)

# ---------------------------------------------------------------- models
classifiers = [
    ("Logistic Regression", LogisticRegression(max_iter=500)),
    ("KNN (k=15)", KNeighborsClassifier(n_neighbors=15)),
    ("SVM (rbf)", SVC(C=1.0, probability=True, random_state=1)),
    ("Random Forest", RandomForestClassifier(n_estimators=200, random_state=1, n_jobs=-1)),
]

accuracies = []
for label, clf in classifiers:
    clf.fit(X_train, y_train)
    acc = accuracy_score(y_test, clf.predict(X_test))
    accuracies.append(acc)
    print(f"{label:<22} accuracy: {acc:.4f}")

print()
print("mean accuracy over models: %.4f" % np.mean(accuracies))

# ---------------------------------------------------------------- submission
# random forest is the one I trust most with mixed-scale features
rf = classifiers[-1][1]
rf.fit(X, y)
submission = pd.DataFrame({
    "transaction_id": data_test["transaction_id"],
    "prediction": rf.predict_proba(X_submission)[:, 1],
})
submission.to_csv("predictions.csv", index=False)
print(submission.head())
