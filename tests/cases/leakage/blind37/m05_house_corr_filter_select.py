#!/usr/bin/env python
# coding: utf-8


# # House price regression with the most correlated features


# In[1]:


import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns
import warnings
warnings.filterwarnings("ignore")


# In[2]:


df = pd.read_csv("data/train.csv")
print(df.shape)
df.head()


# In[3]:


df.describe().T


# In[4]:


df.isna().sum()[df.isna().sum() > 0]


# In[5]:


plt.figure(figsize=(6, 4))
df["SalePrice"].hist(bins=50)
plt.show()


# In[6]:


df = df.drop("Id", axis=1)
numeric = df.select_dtypes(include=[np.number])
corr = numeric.corr()["SalePrice"].sort_values(ascending=False)
print(corr)


# keep only features with |corr| > 0.5 with the target


# In[7]:


top_features = corr[abs(corr) > 0.5].index.drop("SalePrice")
print("selected:", list(top_features))


# In[8]:


sns.pairplot(df[list(top_features[:5]) + ["SalePrice"]])
plt.show()


# In[9]:


X = df[top_features].fillna(0)
y = df["SalePrice"]


# In[10]:


from sklearn.model_selection import train_test_split
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=7)


# In[11]:


from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LinearRegression
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
pipe = Pipeline([("scaler", StandardScaler()), ("lr", LinearRegression())])
pipe.fit(X_train, y_train)
y_pred = pipe.predict(X_test)


# In[13]:


baseline_pred = np.full(len(y_test), y_train.mean())
print("Baseline MAE :", mean_absolute_error(y_test, baseline_pred))
print("LinReg MAE   :", mean_absolute_error(y_test, y_pred))
print("LinReg RMSE  :", np.sqrt(mean_squared_error(y_test, y_pred)))
print("LinReg R2    :", r2_score(y_test, y_pred))


# In[14]:


plt.scatter(y_test, y_pred, alpha=0.4)
plt.xlabel("true")
plt.ylabel("pred")
plt.show()
