import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, classification_report, confusion_matrix

df = pd.read_csv("train.csv")
print(df.isnull().sum())

# fill missing numbers with the column average instead of dropping rows
df = df.fillna(df.mean(numeric_only=True))
df["merchant_category"] = df["merchant_category"].fillna("unknown")

df["log_amount"] = np.log1p(df["amount"])
df = pd.get_dummies(df, columns=["merchant_category"], drop_first=True)

features = [c for c in df.columns if c not in ("transaction_id", "chargeback_flag", "is_fraud", "amount")]
X = df[features]
y = df["is_fraud"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=99)

sc = StandardScaler()
X_train = sc.fit_transform(X_train)
X_test = sc.transform(X_test)

lr = LogisticRegression(C=0.5, max_iter=500, class_weight="balanced")
lr.fit(X_train, y_train)

scores = lr.predict_proba(X_test)[:, 1]
preds = lr.predict(X_test)
print("average precision:", average_precision_score(y_test, scores))
print(confusion_matrix(y_test, preds))
print(classification_report(y_test, preds, digits=3))

plt.figure(figsize=(8, 5))
pd.Series(np.abs(lr.coef_[0]), index=features).sort_values().tail(10).plot.barh()
plt.title("Top |coef|")
plt.tight_layout()
plt.show()

test = pd.read_csv("test.csv")
test = test.fillna(df.mean(numeric_only=True))
test["log_amount"] = np.log1p(test["amount"])
test = pd.get_dummies(test, columns=["merchant_category"], drop_first=True)
test_X = sc.transform(test.reindex(columns=features, fill_value=0))
pd.DataFrame({"transaction_id": test["transaction_id"],
              "prediction": lr.predict_proba(test_X)[:, 1]}).to_csv("predictions.csv", index=False)
