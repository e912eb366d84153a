"""Card fraud take-home - random forest model."""
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import classification_report, roc_auc_score, confusion_matrix

data = pd.read_csv("train.csv")
print(data.shape)
print(data.describe())
print(data["is_fraud"].value_counts())

# quick look at amounts for fraud vs normal
print(data.groupby("is_fraud")["amount"].median())

data = data.dropna()
data = pd.get_dummies(data, columns=["merchant_category"], drop_first=True)

X = data.drop("is_fraud", axis=1)
y = data["is_fraud"]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, random_state=1, stratify=y
)

rf = RandomForestClassifier(n_estimators=200, min_samples_leaf=2, random_state=1, n_jobs=-1)
rf.fit(X_train, y_train)

pred = rf.predict(X_test)
proba = rf.predict_proba(X_test)[:, 1]

print(confusion_matrix(y_test, pred))
print(classification_report(y_test, pred))
print("ROC AUC:", roc_auc_score(y_test, proba))

importances = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
importances.head(12).plot.bar(figsize=(9, 4))
plt.title("Feature importance")
plt.tight_layout()
plt.savefig("importance.png")

test = pd.read_csv("test.csv")
test_X = pd.get_dummies(test, columns=["merchant_category"], drop_first=True)
test_X = test_X.reindex(columns=X.columns, fill_value=0).fillna(0)
out = pd.DataFrame({
    "transaction_id": test["transaction_id"],
    "prediction": rf.predict_proba(test_X)[:, 1],
})
out.to_csv("predictions.csv", index=False)
print("saved", len(out), "predictions")
