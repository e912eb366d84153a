#!/usr/bin/env python
# coding: utf-8


# # Telco churn - random forest with the top-15 most important features


# In[1]:


import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import warnings
warnings.filterwarnings("ignore")


# In[2]:


df = pd.read_csv("Telco-Customer-Churn.csv")
df["TotalCharges"] = pd.to_numeric(df["TotalCharges"], errors="coerce")
df.dropna(inplace=True)
df.drop("customerID", axis=1, inplace=True)
df["Churn"] = df["Churn"].map({"Yes": 1, "No": 0})
df = pd.get_dummies(df, drop_first=True)
print(df.shape)


# In[3]:


X = df.drop("Churn", axis=1)
y = df["Churn"]


# In[4]:


from sklearn.ensemble import RandomForestClassifier, GradientBoostingClassifier
rf_all = RandomForestClassifier(n_estimators=500, random_state=0, n_jobs=-1)
rf_all.fit(X, y)
importances = pd.Series(rf_all.feature_importances_, index=X.columns).sort_values(ascending=False)
importances.head(25).plot(kind="bar", figsize=(12, 4))
plt.show()


# In[5]:


top15 = importances.index[:15]
X_top = X[top15]
print(list(top15))


# In[6]:


from sklearn.model_selection import cross_val_score
for name, model in [("rf", RandomForestClassifier(n_estimators=300, min_samples_leaf=5, random_state=0, n_jobs=-1)),
                    ("gbm", GradientBoostingClassifier(random_state=0))]:
    s = cross_val_score(model, X_top, y, cv=5, scoring="roc_auc")
    print(name, "top15 AUC: %.4f +/- %.4f" % (s.mean(), s.std()))


# In[7]:


# s_all = cross_val_score(RandomForestClassifier(n_estimators=300), X, y, cv=5, scoring="roc_auc")
