#!/usr/bin/env python
# coding: utf-8


# # Air quality NO2 forecasting - past-only filling and a chronological split


# In[1]:


import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import warnings
warnings.filterwarnings("ignore")


# In[2]:


df = pd.read_csv("AirQualityUCI.csv", sep=";", decimal=",")
df = df.dropna(how="all", axis=1).dropna(how="all", axis=0)
df["Datetime"] = pd.to_datetime(df["Date"] + " " + df["Time"], format="%d/%m/%Y %H.%M.%S")
df = df.drop(["Date", "Time", "NMHC(GT)"], axis=1).set_index("Datetime").sort_index()
df = df.replace(-200, np.nan)


# In[3]:


df.describe().T


# Only forward fill (uses the last known value, never a future one). No interpolation.


# In[7]:


df = df.ffill()


# In[8]:


target = "NO2(GT)"
sensors = ["PT08.S1(CO)", "PT08.S2(NMHC)", "PT08.S3(NOx)", "PT08.S4(NO2)", "PT08.S5(O3)", "T", "RH", "AH"]
for c in sensors:
    df[c + "_lag1"] = df[c].shift(1)
df["no2_lag1"] = df[target].shift(1)
df["no2_lag24"] = df[target].shift(24)
df["hour"] = df.index.hour
df = df.dropna()
feats = [c + "_lag1" for c in sensors] + ["no2_lag1", "no2_lag24", "hour"]


# In[9]:


split_at = int(len(df) * 0.8)
train, test = df.iloc[:split_at], df.iloc[split_at:]
print(train.index.max(), test.index.min())


# In[10]:


from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error
scaler = StandardScaler().fit(train[feats])
model = Ridge(alpha=1.0).fit(scaler.transform(train[feats]), train[target])
pred = model.predict(scaler.transform(test[feats]))


# In[11]:


print("persistence baseline MAE:", mean_absolute_error(test[target], test["no2_lag1"]))
print("ridge MAE:", mean_absolute_error(test[target], pred))


# In[12]:


# df = df.interpolate()   # tried this first, but it fills gaps with values from after them
