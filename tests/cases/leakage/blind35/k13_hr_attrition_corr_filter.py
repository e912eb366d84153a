"""
HR attrition - which factors matter?

1. numeric encoding of the survey file
2. keep the variables that are actually related to attrition
3. gradient boosting + SHAP-style importance
"""
import pandas as pd
import numpy as np
import seaborn as sns
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split, StratifiedKFold, cross_val_score
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.inspection import permutation_importance
from sklearn.metrics import roc_auc_score, balanced_accuracy_score

PATH = "data/hr_employee_attrition.csv"

df = pd.read_csv(PATH)
df = df.drop(columns=["EmployeeCount", "Over18", "StandardHours", "EmployeeNumber"])

yes_no = ["Attrition", "OverTime"]
for c in yes_no:
    df[c] = df[c].eq("Yes").astype(int)
df["Gender"] = df["Gender"].eq("Female").astype(int)
df["BusinessTravel"] = df["BusinessTravel"].map({"Non-Travel": 0, "Travel_Rarely": 1, "Travel_Frequently": 2})
df = pd.get_dummies(df, columns=["Department", "EducationField", "JobRole", "MaritalStatus"], dtype=float)

print(df.shape)
print(df.describe().T[["mean", "std", "min", "max"]])

# ---- relationship with the outcome
corr = df.corr(numeric_only=True)["Attrition"].drop("Attrition")
corr = corr.reindex(corr.abs().sort_values(ascending=False).index)
print(corr.head(25))

plt.figure(figsize=(6, 10))
corr.head(30)[::-1].plot.barh(color=np.where(corr.head(30)[::-1] > 0, "tab:red", "tab:blue"))
plt.title("Correlation with attrition")
plt.tight_layout()
plt.savefig("corr_attrition.png")

relevant = corr[corr.abs() >= 0.05].index.tolist()
print(f"{len(relevant)} variables with |r| >= 0.05")

# drop one of each highly inter-correlated pair
cm = df[relevant].corr().abs()
upper = cm.where(np.triu(np.ones(cm.shape), k=1).astype(bool))
redundant = [c for c in upper.columns if (upper[c] > 0.85).any()]
features = [c for c in relevant if c not in redundant]
print("redundant:", redundant)
print("final feature set:", len(features))

X = df[features]
y = df["Attrition"]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, stratify=y, random_state=3)

hgb = HistGradientBoostingClassifier(max_depth=4, learning_rate=0.05, max_iter=300,
                                     class_weight="balanced", random_state=3)
cv = StratifiedKFold(5, shuffle=True, random_state=3)
print("CV AUC on train:", cross_val_score(hgb, X_tr, y_tr, cv=cv, scoring="roc_auc").mean().round(3))

hgb.fit(X_tr, y_tr)
p = hgb.predict_proba(X_te)[:, 1]
print("test AUC", round(roc_auc_score(y_te, p), 3))
print("test balanced accuracy", round(balanced_accuracy_score(y_te, p > 0.5), 3))

pi = permutation_importance(hgb, X_te, y_te, scoring="roc_auc", n_repeats=20, random_state=3)
imp = pd.Series(pi.importances_mean, index=features).sort_values(ascending=False)
print(imp.head(12).round(4))

sns.barplot(x=imp.head(12).values, y=imp.head(12).index)
plt.title("Permutation importance (test)")
plt.tight_layout()
plt.show()
