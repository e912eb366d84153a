#!/usr/bin/env python
# coding: utf-8


# # Heart disease - SVM vs random forest


# In[1]:


import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns
import warnings
warnings.filterwarnings("ignore")


# In[4]:


heart = pd.read_csv("heart.csv")
print(heart.shape)
print(heart.isnull().sum().sum())


# In[5]:


heart.describe()


# In[6]:


sns.countplot(x="sex", hue="target", data=heart)
plt.show()


# In[7]:


heart = pd.get_dummies(heart, columns=["cp", "thal", "slope", "restecg"])
X = heart.drop("target", axis=1)
y = heart["target"]


# In[8]:


from sklearn.model_selection import train_test_split, cross_val_score
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=10, stratify=y)


# In[9]:


from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC
from sklearn.ensemble import RandomForestClassifier
# from sklearn.dummy import DummyClassifier
svm = make_pipeline(StandardScaler(), SVC(C=1.0, probability=True))
rf = RandomForestClassifier(n_estimators=400, max_depth=6, random_state=10)
# dummy = DummyClassifier(strategy="most_frequent")
cv_svm = cross_val_score(svm, X_train, y_train, cv=5, scoring="roc_auc").mean()
cv_rf = cross_val_score(rf, X_train, y_train, cv=5, scoring="roc_auc").mean()
print("CV AUC svm %.3f  rf %.3f" % (cv_svm, cv_rf))


# In[10]:


best = svm if cv_svm >= cv_rf else rf
best.fit(X_train, y_train)


# In[11]:


from sklearn.metrics import roc_auc_score, classification_report
print("test AUC:", roc_auc_score(y_test, best.predict_proba(X_test)[:, 1]))
print(classification_report(y_test, best.predict(X_test)))
