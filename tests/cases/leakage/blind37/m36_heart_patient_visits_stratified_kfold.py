#!/usr/bin/env python
# coding: utf-8


# # Heart disease from repeated clinic visits - CV comparison


# In[1]:


import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns
import warnings
warnings.filterwarnings("ignore")


# In[2]:


visits = pd.read_csv("heart_visits.csv")
print(visits.shape)
visits.head()


# In[3]:


print(visits.groupby("patient_id").size().describe())
print("patients:", visits["patient_id"].nunique())


# In[4]:


visits["target"].value_counts()


# In[6]:


sns.boxplot(x="target", y="chol", data=visits)
plt.show()


# In[7]:


X = visits.drop(["patient_id", "visit_no", "target"], axis=1)
y = visits["target"]


# In[8]:


from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier
skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=42)
for name, model in [("logreg", make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))),
                    ("rf", RandomForestClassifier(n_estimators=300, random_state=42))]:
    auc = cross_val_score(model, X, y, cv=skf, scoring="roc_auc")
    print(name, "AUC %.3f +/- %.3f" % (auc.mean(), auc.std()))
