# Bank telemarketing (UCI bank-additional-full) - will the client subscribe a term deposit?
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.utils import resample
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import classification_report, roc_auc_score, confusion_matrix

bank = pd.read_csv("bank-additional-full.csv", sep=";")
print(bank.shape)
print(bank["y"].value_counts())

# ---------------- EDA
print(bank.describe(include="object").T)
print(bank.groupby("job")["y"].apply(lambda s: (s == "yes").mean()).sort_values())
print(bank.groupby("month")["y"].apply(lambda s: (s == "yes").mean()))
print(pd.crosstab(bank["poutcome"], bank["y"], normalize="index"))

fig, axes = plt.subplots(1, 3, figsize=(15, 4))
sns.histplot(data=bank, x="age", hue="y", stat="density", common_norm=False, ax=axes[0])
sns.boxplot(data=bank, x="y", y="campaign", ax=axes[1])
sns.boxplot(data=bank, x="y", y="euribor3m", ax=axes[2])
plt.tight_layout()
plt.savefig("eda_bank.png")

# ---------------- cleaning
bank["y"] = (bank["y"] == "yes").astype(int)
bank["pdays_never"] = (bank["pdays"] == 999).astype(int)
bank["pdays"] = bank["pdays"].replace(999, -1)
bank["campaign"] = bank["campaign"].clip(upper=15)
for c in ["default", "housing", "loan"]:
    bank[c] = bank[c].map({"no": 0, "yes": 1, "unknown": -1})

cat_cols = ["job", "marital", "education", "contact", "month", "day_of_week", "poutcome"]
bank = pd.get_dummies(bank, columns=cat_cols, drop_first=True, dtype=int)

# ---------------- class balance
majority = bank[bank["y"] == 0]
minority = bank[bank["y"] == 1]
minority_up = resample(minority, replace=True, n_samples=len(majority), random_state=123)
balanced = pd.concat([majority, minority_up]).sample(frac=1, random_state=123)
print(balanced["y"].value_counts())

X = balanced.drop(columns="y")
y = balanced["y"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=123)

scaler = StandardScaler().fit(X_train)
X_train_s, X_test_s = scaler.transform(X_train), scaler.transform(X_test)

lr = LogisticRegression(max_iter=3000)
lr.fit(X_train_s, y_train)
print("Logistic regression")
print(classification_report(y_test, lr.predict(X_test_s)))
print("AUC", roc_auc_score(y_test, lr.predict_proba(X_test_s)[:, 1]))

rf = RandomForestClassifier(n_estimators=300, random_state=123, n_jobs=-1)
rf.fit(X_train, y_train)
print("Random forest")
print(classification_report(y_test, rf.predict(X_test)))
print("AUC", roc_auc_score(y_test, rf.predict_proba(X_test)[:, 1]))
print(confusion_matrix(y_test, rf.predict(X_test)))

imp = pd.Series(rf.feature_importances_, index=X.columns).nlargest(15)
print(imp)
