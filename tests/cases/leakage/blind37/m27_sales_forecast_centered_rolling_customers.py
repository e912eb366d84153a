#!/usr/bin/env python
# coding: utf-8


# # Daily store sales forecasting (single store) - gradient boosting


# In[7]:


import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns
import warnings
warnings.filterwarnings("ignore")


# In[8]:


df = pd.read_csv("daily_sales.csv")
print(df.columns.tolist())
df.head()


# In[9]:


df["date"] = pd.to_datetime(df["date"])
df = df.sort_values("date").reset_index(drop=True)
df["sales"].describe()


# In[10]:


plt.figure(figsize=(15, 4))
plt.plot(df["date"], df["sales"])
plt.show()


# In[11]:


df["dow"] = df["date"].dt.dayofweek
df["month"] = df["date"].dt.month
sns.boxplot(x="dow", y="sales", data=df)
plt.show()


# In[12]:


df.groupby("promo")["sales"].mean()


# features: lags of sales, smoothed customer traffic, promo / holiday flags


# In[14]:


df["sales_lag1"] = df["sales"].shift(1)
df["sales_lag7"] = df["sales"].shift(7)
df["sales_roll7"] = df["sales"].shift(1).rolling(7).mean()
df["customers_7d"] = df["customers"].rolling(7, center=True).mean()
df = df.dropna().reset_index(drop=True)


# In[21]:


feats = ["dow", "month", "promo", "holiday", "temperature",
         "sales_lag1", "sales_lag7", "sales_roll7", "customers_7d"]
train = df[df["date"] < "2015-01-01"]
test = df[df["date"] >= "2015-01-01"]


# In[22]:


from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error
gbr = GradientBoostingRegressor(n_estimators=500, learning_rate=0.05, max_depth=3, random_state=0)
gbr.fit(train[feats], train["sales"])
pred = gbr.predict(test[feats])


# In[23]:


print("Seasonal naive baseline MAE (last week):", mean_absolute_error(test["sales"], test["sales_lag7"]))
print("GBR MAE :", mean_absolute_error(test["sales"], pred))
print("GBR MAPE:", mean_absolute_percentage_error(test["sales"], pred))


# In[28]:


imp = pd.Series(gbr.feature_importances_, index=feats).sort_values()
imp.plot(kind="barh")
plt.show()
