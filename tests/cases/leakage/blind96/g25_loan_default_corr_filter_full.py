# Lending Club loan data (Kaggle "loan_data.csv"): predict not.fully.paid
# Step 1: keep only features correlated with the target, Step 2: gradient boosting.

import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import classification_report, confusion_matrix, roc_auc_score
from sklearn.model_selection import train_test_split

loans = pd.read_csv("loan_data.csv")
print(loans.info())
print(loans["not.fully.paid"].value_counts())

plt.figure(figsize=(10, 6))
loans[loans["credit.policy"] == 1]["fico"].hist(alpha=0.5, bins=30, label="credit.policy=1")
loans[loans["credit.policy"] == 0]["fico"].hist(alpha=0.5, bins=30, label="credit.policy=0")
plt.legend()
plt.xlabel("FICO")
plt.savefig("fico_by_policy.png")

final_data = pd.get_dummies(loans, columns=["purpose"], drop_first=True, dtype=int)

# ---- feature selection: absolute Pearson correlation with the target ----
corr = final_data.corr()["not.fully.paid"].drop("not.fully.paid").abs().sort_values(ascending=False)
print(corr)
selected = corr[corr > 0.03].index.tolist()
print(f"{len(selected)} features kept:", selected)

plt.figure(figsize=(8, 6))
sns.barplot(x=corr.values, y=corr.index)
plt.title("|corr| with not.fully.paid")
plt.tight_layout()
plt.savefig("target_correlation.png")

X = final_data[selected]
y = final_data["not.fully.paid"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=101)

gbc = GradientBoostingClassifier(n_estimators=300, learning_rate=0.05, max_depth=3, random_state=101)
gbc.fit(X_train, y_train)
proba = gbc.predict_proba(X_test)[:, 1]
pred = gbc.predict(X_test)

print("ROC AUC:", round(roc_auc_score(y_test, proba), 4))
print(confusion_matrix(y_test, pred))
print(classification_report(y_test, pred))
