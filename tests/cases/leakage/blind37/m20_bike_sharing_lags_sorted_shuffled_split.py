#!/usr/bin/env python
# coding: utf-8


# # Bike sharing (UCI hour.csv) - lag features + random forest


# In[1]:


import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns
import warnings
warnings.filterwarnings("ignore")


# In[2]:


df = pd.read_csv("hour.csv")
df.head()


# In[5]:


df.info()


# In[6]:


df[["temp", "hum", "windspeed", "cnt"]].describe()


# In[7]:


df["dteday"] = pd.to_datetime(df["dteday"])
df = df.sort_values(["dteday", "hr"]).reset_index(drop=True)


# In[8]:


df.set_index("dteday")["cnt"].resample("W").sum().plot(figsize=(14, 4))
plt.show()


# In[9]:


sns.boxplot(x="hr", y="cnt", data=df)
plt.show()


# lag features: previous hour, same hour yesterday, mean of the previous 24 hours


# In[10]:


df["cnt_lag1"] = df["cnt"].shift(1)
df["cnt_lag24"] = df["cnt"].shift(24)
df["cnt_roll24"] = df["cnt"].shift(1).rolling(24).mean()
df = df.dropna()


# In[11]:


X = df.drop(["instant", "dteday", "casual", "registered", "cnt"], axis=1)
y = df["cnt"]


# In[12]:


from sklearn.model_selection import train_test_split
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)


# In[13]:


from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, r2_score
rf = RandomForestRegressor(n_estimators=200, n_jobs=-1, random_state=0)
rf.fit(X_train, y_train)
pred = rf.predict(X_test)


# In[14]:


print("Persistence baseline MAE (cnt_lag1):", mean_absolute_error(y_test, X_test["cnt_lag1"]))
print("RF MAE:", mean_absolute_error(y_test, pred))
print("RF R2 :", r2_score(y_test, pred))
