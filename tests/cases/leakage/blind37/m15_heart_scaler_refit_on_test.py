#!/usr/bin/env python
# coding: utf-8


# # Heart disease prediction with Logistic Regression


# In[1]:


import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns


# In[2]:


data = pd.read_csv("heart.csv")
data.head()


# In[3]:


data.shape


# In[4]:


data.isna().sum()


# In[5]:


data["target"].value_counts()


# In[6]:


print(data.groupby("sex")["target"].mean())
print(data.groupby("cp")["target"].mean())


# In[7]:


sns.heatmap(data.corr(), cmap="YlGnBu")
plt.show()


# In[8]:


X = data.drop("target", axis=1)
y = data["target"]


# In[9]:


from sklearn.model_selection import train_test_split
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=5)


# In[10]:


from sklearn.preprocessing import StandardScaler
sc = StandardScaler()
X_train = sc.fit_transform(X_train)
X_test = sc.fit_transform(X_test)


# In[11]:


from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, confusion_matrix, classification_report
model = LogisticRegression()
model.fit(X_train, y_train)
y_pred = model.predict(X_test)


# In[18]:


print("Accuracy:", accuracy_score(y_test, y_pred))
print(confusion_matrix(y_test, y_pred))
print(classification_report(y_test, y_pred))


# In[23]:


coef = pd.Series(model.coef_[0], index=X.columns).sort_values()
coef.plot(kind="bar", figsize=(10, 4))
plt.show()
