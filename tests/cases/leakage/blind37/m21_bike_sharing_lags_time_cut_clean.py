#!/usr/bin/env python
# coding: utf-8


# # Bike sharing hourly demand - forecasting with a time-based split


# In[1]:


import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import warnings
warnings.filterwarnings("ignore")


# In[4]:


df = pd.read_csv("hour.csv")
df["dteday"] = pd.to_datetime(df["dteday"])
df = df.sort_values(["dteday", "hr"]).reset_index(drop=True)
print(df.shape)


# In[5]:


df.groupby("mnth")["cnt"].mean().plot(kind="bar")
plt.show()


# In[6]:


df["cnt_lag1"] = df["cnt"].shift(1)
df["cnt_lag24"] = df["cnt"].shift(24)
df["cnt_lag168"] = df["cnt"].shift(168)
df["cnt_roll24"] = df["cnt"].shift(1).rolling(24).mean()
df = df.dropna().reset_index(drop=True)


# In[7]:


feats = ["season", "yr", "mnth", "hr", "holiday", "weekday", "workingday", "weathersit",
         "temp", "atemp", "hum", "windspeed", "cnt_lag1", "cnt_lag24", "cnt_lag168", "cnt_roll24"]


# Train on everything before October 2012, test on the last three months.


# In[8]:


cut = pd.Timestamp("2012-10-01")
train = df[df["dteday"] < cut]
test = df[df["dteday"] >= cut]
X_train, y_train = train[feats], train["cnt"]
X_test, y_test = test[feats], test["cnt"]
print(train["dteday"].max(), test["dteday"].min())


# In[9]:


from sklearn.model_selection import TimeSeriesSplit, GridSearchCV
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error
gs = GridSearchCV(GradientBoostingRegressor(random_state=0),
                  {"max_depth": [3, 5], "n_estimators": [200, 400]},
                  cv=TimeSeriesSplit(n_splits=4), scoring="neg_mean_absolute_error")
gs.fit(X_train, y_train)
print(gs.best_params_)


# In[10]:


print("Persistence baseline MAE:", mean_absolute_error(y_test, X_test["cnt_lag1"]))
print("GBR MAE:", mean_absolute_error(y_test, gs.predict(X_test)))
