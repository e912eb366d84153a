#!/usr/bin/env python
# coding: utf-8


# # Default of credit card clients - imbalanced-learn pipeline + CV


# In[4]:


import pandas as pd
import numpy as np
import warnings
warnings.filterwarnings("ignore")


# In[5]:


df = pd.read_excel("default of credit card clients.xls", header=1)
df = df.rename(columns={"default payment next month": "default"})
df.head()


# In[6]:


print(df["default"].value_counts())
print(df.groupby("SEX")["default"].mean())


# In[7]:


df[["LIMIT_BAL", "AGE", "BILL_AMT1", "PAY_AMT1"]].describe()


# In[8]:


# a few ratio features, all row-wise
df["util_1"] = df["BILL_AMT1"] / df["LIMIT_BAL"]
df["pay_ratio_1"] = df["PAY_AMT1"] / (df["BILL_AMT1"].abs() + 1)
df["n_late"] = (df[["PAY_0", "PAY_2", "PAY_3", "PAY_4", "PAY_5", "PAY_6"]] > 0).sum(axis=1)


# In[9]:


X = df.drop(columns=["ID", "default"])
y = df["default"]


# In[10]:


from imblearn.pipeline import Pipeline
from imblearn.over_sampling import SMOTE
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedKFold, cross_validate


# In[11]:


cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=11)
pipes = {
    "dummy": Pipeline([("clf", DummyClassifier(strategy="stratified", random_state=0))]),
    "smote_lr": Pipeline([("sc", StandardScaler()), ("smote", SMOTE(random_state=0)), ("clf", LogisticRegression(max_iter=1000))]),
    "smote_rf": Pipeline([("smote", SMOTE(random_state=0)), ("clf", RandomForestClassifier(n_estimators=200, n_jobs=-1, random_state=0))]),
}


# In[12]:


for name, p in pipes.items():
    res = cross_validate(p, X, y, cv=cv, scoring=["roc_auc", "f1", "recall"])
    print(f"{name:10s} auc={res['test_roc_auc'].mean():.3f} f1={res['test_f1'].mean():.3f} recall={res['test_recall'].mean():.3f}")


# In[13]:


# X_sm, y_sm = SMOTE().fit_resample(X, y)   # NO - would put synthetic rows in the validation folds
