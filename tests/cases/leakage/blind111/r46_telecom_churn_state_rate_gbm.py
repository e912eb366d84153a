# Telecom churn (BigML / Orange) - gradient boosting
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score, f1_score, roc_auc_score, confusion_matrix

churn = pd.read_csv("churn-bigml-80.csv")
print(churn.shape)
print(churn.head())
print(churn["Churn"].value_counts())

churn["Churn"] = churn["Churn"].astype(int)
churn["International plan"] = (churn["International plan"] == "Yes").astype(int)
churn["Voice mail plan"] = (churn["Voice mail plan"] == "Yes").astype(int)

sns.boxplot(x="Churn", y="Customer service calls", data=churn)
plt.savefig("service_calls.png")

# total usage features
churn["Total minutes"] = churn[["Total day minutes", "Total eve minutes", "Total night minutes",
                                "Total intl minutes"]].sum(axis=1)
churn["Total charge"] = churn[["Total day charge", "Total eve charge", "Total night charge",
                               "Total intl charge"]].sum(axis=1)

# churn differs a lot by state
state_churn = churn.groupby("State")["Churn"].mean()
print(state_churn.sort_values(ascending=False).head(10))
churn["State churn rate"] = churn["State"].map(state_churn)

X = churn.drop(columns=["Churn", "State", "Area code"])
y = churn["Churn"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=8, stratify=y)

gbm = GradientBoostingClassifier(n_estimators=300, learning_rate=0.05, max_depth=4, random_state=8)
gbm.fit(X_train, y_train)
proba = gbm.predict_proba(X_test)[:, 1]
pred = gbm.predict(X_test)

print("accuracy:", round(accuracy_score(y_test, pred), 4))
print("f1      :", round(f1_score(y_test, pred), 4))
print("roc auc :", round(roc_auc_score(y_test, proba), 4))
print(confusion_matrix(y_test, pred))

pd.Series(gbm.feature_importances_, index=X.columns).sort_values().plot(kind="barh", figsize=(7, 7))
plt.tight_layout()
plt.savefig("gbm_importance.png")
