# %% [markdown]
# ## Default of credit card clients (UCI) - logistic regression and random forest

# %%
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score, classification_report

df = pd.read_csv("UCI_Credit_Card.csv")
df.rename(columns={"default.payment.next.month": "default", "PAY_0": "PAY_1"}, inplace=True)
df.head()

# %%
df["default"].value_counts(normalize=True).plot(kind="bar")
plt.title("Default share")
plt.show()

# %%
df["EDUCATION"] = df["EDUCATION"].replace({0: 4, 5: 4, 6: 4})
df["MARRIAGE"] = df["MARRIAGE"].replace({0: 3})
X = df.drop(["ID", "default"], axis=1)
y = df["default"]

# %%
scaler = StandardScaler()
X_scaled = scaler.fit_transform(X)
X_train, X_test, y_train, y_test = train_test_split(X_scaled, y, test_size=0.25, stratify=y, random_state=42)

# %%
lr = LogisticRegression(max_iter=500)
lr.fit(X_train, y_train)
print("LogReg AUC", roc_auc_score(y_test, lr.predict_proba(X_test)[:, 1]))

rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=5, n_jobs=-1, random_state=42)
rf.fit(X_train, y_train)
print("RF AUC", roc_auc_score(y_test, rf.predict_proba(X_test)[:, 1]))
print(classification_report(y_test, rf.predict(X_test)))
